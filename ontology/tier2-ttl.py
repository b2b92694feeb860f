#!/usr/bin/env python3
"""Writes the tier-2 block of newskg.ttl from tier2-alignments.tsv (the alignments are data)."""
import sys
DOM = {"Actor": "nkg:Actor", "Thing": "schema:Thing", "Person": "nkg:Person", "Organization": "nkg:Organization",
       "Location": "nkg:Location"}
def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    c = (line.rstrip("\n").split("\t") + [""] * 12)[:12]
    prop, label, comment, dom, rng, sym, cameo, clabel, plover, pmode, ace, kbp = c
    types = "owl:ObjectProperty, owl:SymmetricProperty" if sym == "yes" else "owl:ObjectProperty"
    lines = [f"nkg:{prop}", f"    a {types} ;", f"    rdfs:label {q(label)}@en ;", f"    rdfs:comment {q(comment)}@en ;",
             f"    rdfs:domain {DOM[dom]} ;", f"    rdfs:range {DOM[rng]} ;", "    nkg:tier 2 ;"]
    for p, v in (("cameoCode", cameo), ("cameoLabel", clabel), ("ploverType", plover), ("ploverMode", pmode),
                 ("aceEventType", ace), ("kbpSlot", kbp)):
        if v:
            lines.append(f"    nkg:{p} {q(v)} ;")
    lines[-1] = lines[-1][:-2] + " ."
    out.append("\n".join(lines))
print("\n\n".join(out))
