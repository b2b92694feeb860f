// NewsKG browser page: entity search, entity view (facts, evidence, neighbourhood graph,
// quotes, timeline) and a SPARQL box. Plain ES2020, no build step, no network beyond the
// page's own endpoint. Every string from the store reaches the DOM through textContent or
// attribute setters, never parsed as HTML markup.
//
// Hash routes (all values URI-encoded):
//   #search=TEXT               search entities, list the hits
//   #search=TEXT&open=first    search and open the best hit
//   #entity=IRI                open an entity (may be combined with search=TEXT)
//   #sparql=QUERY              put a query in the SPARQL box and run it
//   (empty)                    home: timeline of all dated facts and the documents
'use strict';

const ENDPOINT = new URL('newskg/sparql', document.baseURI).href;
const NKG = 'https://w3id.org/newskg/ont#';
const META_GRAPH = 'https://w3id.org/newskg/graph/meta';
const ENTITY_TYPES = ['Person', 'Organization', 'Location', 'Work'];
const MAX_NEIGHBOURS = 24;

const PREFIXES = `PREFIX nkg: <${NKG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
`;

/* ------------------------------------------------------------------ DOM helpers */

/** Creates an element; attrs are set as properties or attributes, children as nodes or text. */
function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function byId(id) {
  return document.getElementById(id);
}

/** Replaces a node's children; null, undefined and false children are left out. */
function show(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/* ------------------------------------------------------------------ SPARQL */

class SparqlError extends Error {}

/** POSTs a query; returns the parsed JSON results, or throws a SparqlError with the server's text. */
async function sparql(query, accept = 'application/sparql-results+json') {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept },
    body: new URLSearchParams({ query }),
  });
  if (!response.ok) {
    const text = await response.text();
    throw new SparqlError(`HTTP ${response.status} ${response.statusText}\n${text.trim()}`);
  }
  return response;
}

/** Runs a SELECT query with the common prefixes; returns the rows (variable -> RDF term). */
async function select(body) {
  const response = await sparql(PREFIXES + body);
  const data = await response.json();
  return data.results.bindings;
}

/** A SPARQL string literal for any text. */
function literal(text) {
  const escaped = String(text).replace(/[\\"\n\r\t]/g, (c) =>
    ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]);
  return `"${escaped}"`;
}

/** A SPARQL IRI reference; refuses characters that cannot be in an IRI. */
function iriRef(iri) {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(iri)) {
    throw new SparqlError(`not an IRI: ${iri}`);
  }
  return `<${iri}>`;
}

/** The value of a variable in a result row, or '' when unbound. */
function val(row, name) {
  return row[name] ? row[name].value : '';
}

function isTrue(row, name) {
  return val(row, name) === 'true' || val(row, name) === '1';
}

/** The local name of an IRI: after the last '#' or '/'. */
function localName(iri) {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
}

/* ------------------------------------------------------------------ routes */

function currentRoute() {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

/** A hash link to an entity, keeping the current search. */
function entityHref(iri) {
  const params = new URLSearchParams();
  const search = currentRoute().get('search');
  if (search !== null) params.set('search', search);
  params.set('entity', iri);
  return '#' + params.toString();
}

let routeSeq = 0;

/** True while the route that started a render is still the current one. */
function stillCurrent(seq) {
  return seq === routeSeq;
}

async function route() {
  const seq = ++routeSeq;
  const params = currentRoute();
  const search = params.get('search');
  let entity = params.get('entity');
  byId('search-input').value = search || '';
  if (params.has('sparql')) {
    byId('sparql-query').value = params.get('sparql');
    runSparqlBox();
  }
  if (search !== null) {
    const hits = await runSearch(search, seq);
    if (!entity && params.get('open') === 'first' && hits.length > 0) entity = hits[0].iri;
  }
  if (!stillCurrent(seq)) return;
  if (entity) await showEntity(entity, seq);
  else await showHome(seq);
}

/** Shows an error in the main area, as text. */
function showError(target, error) {
  console.error(error);
  target.replaceChildren(el('pre', { class: 'error' }, error.message || String(error)));
}

/* ------------------------------------------------------------------ search */

function searchQuery(text) {
  return `SELECT DISTINCT ?e ?label ?type ?hit WHERE {
  ?e rdfs:label|skos:altLabel ?hit .
  FILTER(CONTAINS(LCASE(STR(?hit)), LCASE(${literal(text)})))
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e a ?type FILTER(STRSTARTS(STR(?type), STR(nkg:))) }
} LIMIT 1000`;
}

/** Groups the rows by entity and ranks: exact name first, then prefix, then shorter names. */
function rankHits(rows, text) {
  const needle = text.toLowerCase();
  const byIri = new Map();
  for (const row of rows) {
    const iri = val(row, 'e');
    const hit = byIri.get(iri) || { iri, label: '', type: '', matched: new Set(), score: 2 };
    hit.label = hit.label || val(row, 'label');
    hit.type = hit.type || (val(row, 'type') && localName(val(row, 'type')));
    const h = val(row, 'hit');
    hit.matched.add(h);
    const lower = h.toLowerCase();
    hit.score = Math.min(hit.score, lower === needle ? 0 : lower.startsWith(needle) ? 1 : 2);
    byIri.set(iri, hit);
  }
  const name = (h) => h.label || localName(h.iri);
  return [...byIri.values()].sort((a, b) => a.score - b.score
      || name(a).length - name(b).length || name(a).localeCompare(name(b)));
}

async function runSearch(text, seq) {
  const list = byId('search-results');
  const status = byId('search-status');
  status.textContent = 'Searching…';
  list.replaceChildren();
  try {
    const hits = rankHits(await select(searchQuery(text)), text);
    if (!stillCurrent(seq)) return hits;
    status.textContent = hits.length === 0 ? `No entity matches “${text}”.`
        : `${hits.length} ${hits.length === 1 ? 'entity' : 'entities'} match “${text}”.`;
    list.replaceChildren(...hits.map((hit) => searchHitItem(hit)));
    return hits;
  } catch (error) {
    status.textContent = '';
    showError(list, error);
    return [];
  }
}

function searchHitItem(hit) {
  const label = hit.label || localName(hit.iri);
  const others = [...hit.matched].filter((m) => m !== label);
  return el('li', { 'data-iri': hit.iri },
    el('a', { href: entityHref(hit.iri) }, label), ' ', typeBadge(hit.type),
    others.length ? el('div', { class: 'muted small' }, 'as ', others.join(', ')) : null);
}

function typeBadge(type) {
  if (!type) return null;
  return el('span', { class: `badge type-${type}` }, type);
}

/* ------------------------------------------------------------------ entity data */

async function entityDescription(iri) {
  const rows = await select(`SELECT ?p ?v WHERE {
  ${iriRef(iri)} ?p ?v FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel))
}`);
  const description = { iri, label: '', types: [], altLabels: [] };
  for (const row of rows) {
    const p = localName(val(row, 'p'));
    const v = val(row, 'v');
    if (p === 'label') description.label = description.label || v;
    else if (p === 'altLabel') description.altLabels.push(v);
    else if (v.startsWith(NKG)) description.types.push(localName(v));
  }
  description.altLabels.sort((a, b) => a.localeCompare(b));
  return description;
}

/**
 * Why the entity's names were joined: its nkg:alias nodes, one row per name and rule, with the
 * documents that support it (a mention's document, or the documents of a merge across documents).
 */
async function aliasesOf(iri) {
  const rows = await select(`SELECT ?name ?rule (GROUP_CONCAT(DISTINCT STR(?src); separator=" ") AS ?sources)
    (GROUP_CONCAT(DISTINCT STR(?other); separator=" ") AS ?others) WHERE {
  ${iriRef(iri)} nkg:alias ?a . ?a nkg:name ?name ; nkg:rule ?rule ; prov:wasDerivedFrom ?src .
  OPTIONAL { ?a nkg:ambiguousWith ?other }
} GROUP BY ?name ?rule ORDER BY ?rule ?name`);
  return rows.map((row) => ({
    name: val(row, 'name'), rule: localName(val(row, 'rule')),
    documents: [...new Set(val(row, 'sources').split(' ').filter(Boolean).map((s) => s.split('#')[0]))],
    others: val(row, 'others').split(' ').filter(Boolean),
  }));
}

/** The names table: which rule joined each name, on how many documents' word. */
function aliasTable(aliases, labels) {
  if (aliases.length === 0) return el('p', { class: 'muted' }, 'No explained names.');
  return el('table', { class: 'results aliases' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Rule'), el('th', {}, 'Documents'))),
    el('tbody', {}, ...aliases.map((a) => el('tr', {},
      el('td', {}, a.name),
      el('td', {}, a.rule, ...(a.others.length ? [' (would fit: ', ...a.others.flatMap((o, i) =>
        [i ? ', ' : '', entityLink({ type: 'uri', value: o }, labels)]), ')'] : [])),
      el('td', { title: a.documents.join('\n') }, String(a.documents.length))))));
}

/** Statements (with their qualifiers, sentence and document), about one entity or all dated ones. */
function statementsQuery({ entity = null, datedOnly = false, withNegated = true, limit = 2000 }) {
  const pattern = entity
    ? `{ ?st rdf:subject ${iriRef(entity)} } UNION { ?st rdf:object ${iriRef(entity)} }`
    : '';
  return `SELECT ?doc ?st ?s ?p ?o ?date ?negated ?hedged ?by ?trigger ?theme ?recipient
       ?sent ?sentence ?sb ?title ?source WHERE {
  GRAPH ?doc {
    ${pattern}
    ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    ${datedOnly ? '?st nkg:date ?date .' : 'OPTIONAL { ?st nkg:date ?date }'}
    OPTIONAL { ?st nkg:negated ?negated }
    OPTIONAL { ?st nkg:hedged ?hedged }
    OPTIONAL { ?st nkg:attributedTo ?by }
    OPTIONAL { ?st nkg:trigger ?trigger }
    OPTIONAL { ?st nkg:theme ?theme }
    OPTIONAL { ?st nkg:recipient ?recipient }
    OPTIONAL { ?st prov:wasDerivedFrom ?sent . ?sent nif:anchorOf ?sentence ; nif:beginIndex ?sb }
    ${withNegated ? '' : 'FILTER NOT EXISTS { ?st nkg:negated true }'}
  }
  OPTIONAL { GRAPH <${META_GRAPH}> { ?doc dcterms:title ?title } }
  OPTIONAL { GRAPH <${META_GRAPH}> { ?doc dcterms:source ?source } }
}
ORDER BY STR(?date) ?doc ?sb
LIMIT ${limit}`;
}

/** One object per statement: the rows of a statement differ only in multi-valued qualifiers. */
function groupStatements(rows) {
  const facts = new Map();
  for (const row of rows) {
    const key = val(row, 'doc') + ' ' + val(row, 'st');
    let fact = facts.get(key);
    if (!fact) {
      fact = {
        doc: val(row, 'doc'), s: row.s, p: val(row, 'p'), o: row.o, date: val(row, 'date'),
        negated: isTrue(row, 'negated'), hedged: isTrue(row, 'hedged'), by: new Set(),
        trigger: val(row, 'trigger'), theme: val(row, 'theme'), recipient: val(row, 'recipient'),
        sent: val(row, 'sent'), sentence: val(row, 'sentence'), sentenceBegin: Number(val(row, 'sb')),
        title: val(row, 'title'), source: val(row, 'source'),
      };
      facts.set(key, fact);
    }
    if (val(row, 'by')) fact.by.add(val(row, 'by'));
  }
  return [...facts.values()];
}

async function statements(options) {
  return groupStatements(await select(statementsQuery(options)));
}

/** Labels and nkg: types of some IRIs: Map iri -> {label, type}. */
async function labelsOf(iris) {
  const list = [...new Set(iris)].filter((iri) => iri);
  const labels = new Map(list.map((iri) => [iri, { label: '', type: '' }]));
  if (list.length === 0) return labels;
  const rows = await select(`SELECT ?e ?label ?type WHERE {
  VALUES ?e { ${list.map(iriRef).join(' ')} }
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e a ?type FILTER(STRSTARTS(STR(?type), STR(nkg:))) }
}`);
  for (const row of rows) {
    const entry = labels.get(val(row, 'e'));
    entry.label = entry.label || val(row, 'label');
    entry.type = entry.type || (val(row, 'type') && localName(val(row, 'type')));
  }
  return labels;
}

/** Mentions (entity, offsets) inside the sentences of an entity's statements: Map doc+sentence -> list. */
async function mentionsInEvidence(iri) {
  const rows = await select(`SELECT DISTINCT ?doc ?sent ?ent ?b ?e WHERE {
  GRAPH ?doc {
    { ?st rdf:subject ${iriRef(iri)} } UNION { ?st rdf:object ${iriRef(iri)} }
    ?st a rdf:Statement ; prov:wasDerivedFrom ?sent .
    ?sent nif:beginIndex ?sb ; nif:endIndex ?se .
    ?m itsrdf:taIdentRef ?ent ; nif:beginIndex ?b ; nif:endIndex ?e .
    FILTER(?b >= ?sb && ?e <= ?se)
  }
}`);
  const mentions = new Map();
  for (const row of rows) {
    const key = val(row, 'doc') + ' ' + val(row, 'sent');
    if (!mentions.has(key)) mentions.set(key, []);
    mentions.get(key).push({ entity: val(row, 'ent'), begin: Number(val(row, 'b')), end: Number(val(row, 'e')) });
  }
  return mentions;
}

async function quotesOf(iri) {
  return select(`SELECT ?text ?date ?doc ?title ?source WHERE {
  GRAPH ?doc {
    ?q a nkg:Quote ; nkg:speaker ${iriRef(iri)} ; nkg:text ?text .
    OPTIONAL { ?q nkg:date ?date }
    OPTIONAL { ?q prov:wasDerivedFrom/nif:beginIndex ?b }
  }
  OPTIONAL { GRAPH <${META_GRAPH}> { ?doc dcterms:title ?title } }
  OPTIONAL { GRAPH <${META_GRAPH}> { ?doc dcterms:source ?source } }
}
ORDER BY STR(?date) ?doc ?b`);
}

async function documentsList() {
  return select(`SELECT ?doc ?title ?date ?source WHERE {
  GRAPH <${META_GRAPH}> {
    ?doc a schema:NewsArticle .
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc dcterms:date ?date }
    OPTIONAL { ?doc dcterms:source ?source }
  }
}
ORDER BY ?date ?title`);
}

/** IRIs a list of facts refers to (subjects, objects, sources, recipients). */
function factIris(facts) {
  const iris = [];
  for (const f of facts) {
    for (const term of [f.s, f.o]) if (term && term.type === 'uri') iris.push(term.value);
    if (f.recipient) iris.push(f.recipient);
    iris.push(...f.by);
  }
  return iris;
}

/* ------------------------------------------------------------------ views */

async function showEntity(iri, seq) {
  const main = byId('main');
  main.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const [description, facts, mentions, quotes, aliases] = await Promise.all([
      entityDescription(iri), statements({ entity: iri }), mentionsInEvidence(iri), quotesOf(iri), aliasesOf(iri)]);
    const labels = await labelsOf([iri, ...factIris(facts), ...aliases.flatMap((a) => a.others)]);
    if (!stillCurrent(seq)) return;
    document.title = `${description.label || localName(iri)} · NewsKG`;
    const ctx = { focus: description, labels, mentions };
    const dated = facts.filter((f) => f.date && !f.negated);
    show(main,
      entityHeader(description, facts.length === 0 && description.types.length === 0),
      panel(`Names (${aliases.length})`, aliasTable(aliases, labels)),
      panel('Neighbourhood', neighbourhoodGraph(iri, facts, labels)),
      panel(`Facts (${facts.length})`, factsTable(facts, ctx)),
      quotes.length ? panel(`Quotes (${quotes.length})`, quoteList(quotes)) : null,
      panel(`Timeline (${dated.length})`, timeline(dated, ctx)));
  } catch (error) {
    if (stillCurrent(seq)) showError(main, error);
  }
}

async function showHome(seq) {
  const main = byId('main');
  main.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const [facts, documents] = await Promise.all([
      statements({ datedOnly: true, withNegated: false, limit: 500 }), documentsList()]);
    const labels = await labelsOf(factIris(facts));
    if (!stillCurrent(seq)) return;
    document.title = 'NewsKG';
    const ctx = { focus: null, labels, mentions: new Map() };
    show(main,
      el('h1', {}, 'News knowledge graph'),
      el('p', { class: 'muted' }, 'Search an entity above, or browse the dated facts of all documents.'),
      panel(`Timeline of all dated facts (${facts.length})`, timeline(facts, ctx)),
      panel(`Documents (${documents.length})`, documentTable(documents)));
  } catch (error) {
    if (stillCurrent(seq)) showError(main, error);
  }
}

function panel(title, ...content) {
  return el('section', { class: 'panel' }, el('h2', {}, title), ...content);
}

function entityHeader(description, unknown) {
  const label = description.label || localName(description.iri);
  return el('header', { class: 'entity-header' },
    el('h1', {}, label, ' ', ...description.types.map(typeBadge)),
    el('div', { class: 'iri' }, description.iri),
    description.altLabels.length
      ? el('div', { class: 'alt-labels' }, el('span', { class: 'muted' }, 'Also called: '),
          ...description.altLabels.map((a) => el('span', { class: 'chip' }, a)))
      : null,
    unknown ? el('p', { class: 'muted' }, 'Nothing is known about this IRI in the store.') : null);
}

/* ------------------------------------------------------------------ facts table */

function entityLink(term, labels) {
  if (!term) return '';
  if (term.type !== 'uri') return el('span', { class: 'literal' }, term.value);
  const info = labels.get(term.value) || {};
  return el('a', { href: entityHref(term.value), title: term.value }, info.label || localName(term.value));
}

function factsTable(facts, ctx) {
  if (facts.length === 0) return el('p', { class: 'muted' }, 'No statements.');
  const head = el('tr', {}, ...['Subject', 'Relation', 'Object', 'Date', 'Evidence', 'Document', 'Voice']
    .map((h) => el('th', {}, h)));
  const rows = facts.map((f) => el('tr', { class: f.negated ? 'negated' : null },
    el('td', {}, entityLink(f.s, ctx.labels)),
    el('td', {}, relationCell(f, ctx.labels)),
    el('td', {}, entityLink(f.o, ctx.labels)),
    el('td', { class: 'nowrap' }, f.date),
    el('td', { class: 'evidence' }, evidence(f, ctx)),
    el('td', { class: 'document' }, documentCell(f.title, f.source, f.doc)),
    el('td', {}, voice(f, ctx.labels))));
  return el('div', { class: 'table-wrap' },
    el('table', { class: 'facts' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}

function relationCell(f, labels) {
  return [
    el('span', { class: 'relation', title: f.p }, localName(f.p)),
    f.theme ? el('div', { class: 'small' }, el('span', { class: 'muted' }, 'theme: '), f.theme) : null,
    f.recipient ? el('div', { class: 'small' }, el('span', { class: 'muted' }, 'to: '),
      entityLink({ type: 'uri', value: f.recipient }, labels)) : null,
    f.trigger ? el('div', { class: 'small muted' }, `“${f.trigger}”`) : null,
  ];
}

function voice(f, labels) {
  const parts = [];
  if (f.negated) parts.push(el('span', { class: 'badge negated' }, 'negated'));
  if (f.hedged) parts.push(el('span', { class: 'badge hedged' }, 'hedged'));
  for (const by of f.by) {
    parts.push(el('div', { class: 'small' }, 'according to ', entityLink({ type: 'uri', value: by }, labels)));
  }
  if (parts.length === 0) parts.push(el('span', { class: 'muted small' }, 'asserted'));
  return parts;
}

function documentCell(title, source, doc) {
  const name = title || source || localName(doc);
  const link = /^https?:\/\//i.test(source)
    ? el('a', { href: source, title: doc, rel: 'noopener noreferrer', target: '_blank' }, name)
    : el('span', { title: doc }, name);
  return [link, source && source !== name ? el('div', { class: 'small muted source' }, source) : null];
}

/* ------------------------------------------------------------------ evidence highlighting */

/** The sentence as nodes, with the focus entity's and the other participant's mentions marked. */
function evidence(f, ctx) {
  if (!f.sentence) return el('span', { class: 'muted' }, 'no sentence');
  const chars = Array.from(f.sentence); // code points, as NIF offsets count them
  const spans = mentionSpans(f, ctx, chars.length);
  if (ctx.focus && !spans.some((s) => s.kind === 'self')) {
    const names = [ctx.focus.label, ...ctx.focus.altLabels].filter((n) => n);
    spans.push(...labelSpans(chars, names).map((s) => ({ ...s, kind: 'self' })));
  }
  return el('span', { class: 'sentence' }, ...markSpans(chars, spans));
}

function mentionSpans(f, ctx, length) {
  if (!ctx.focus) return [];
  const list = ctx.mentions.get(f.doc + ' ' + f.sent) || [];
  const other = [f.s, f.o].find((t) => t && t.type === 'uri' && t.value !== ctx.focus.iri);
  const spans = [];
  for (const m of list) {
    const kind = m.entity === ctx.focus.iri ? 'self' : other && m.entity === other.value ? 'other' : null;
    const begin = m.begin - f.sentenceBegin;
    const end = m.end - f.sentenceBegin;
    if (kind && begin >= 0 && end <= length && begin < end) spans.push({ begin, end, kind });
  }
  return spans;
}

/** Case-insensitive occurrences of some names in a sentence, in code points. */
function labelSpans(chars, names) {
  const lower = chars.map((c) => c.toLowerCase());
  const spans = [];
  for (const name of names) {
    const needle = Array.from(name).map((c) => c.toLowerCase());
    for (let i = 0; needle.length > 0 && i + needle.length <= lower.length; i++) {
      if (needle.every((c, k) => lower[i + k] === c)) spans.push({ begin: i, end: i + needle.length });
    }
  }
  return spans;
}

/** Text and <mark> nodes for the sentence; overlapping spans keep the earliest, longest one. */
function markSpans(chars, spans) {
  const sorted = [...spans].sort((a, b) => a.begin - b.begin || b.end - a.end);
  const nodes = [];
  let at = 0;
  for (const span of sorted) {
    if (span.begin < at) continue;
    if (span.begin > at) nodes.push(chars.slice(at, span.begin).join(''));
    nodes.push(el('mark', { class: `hl-${span.kind}` }, chars.slice(span.begin, span.end).join('')));
    at = span.end;
  }
  if (at < chars.length) nodes.push(chars.slice(at).join(''));
  return nodes;
}

/* ------------------------------------------------------------------ quotes, documents */

function quoteList(rows) {
  return el('ul', { class: 'quotes' }, ...rows.map((row) => el('li', {},
    el('blockquote', {}, `“${val(row, 'text')}”`),
    el('div', { class: 'small muted' }, val(row, 'date') ? `${val(row, 'date')} · ` : '',
      documentCell(val(row, 'title'), val(row, 'source'), val(row, 'doc'))))));
}

function documentTable(rows) {
  if (rows.length === 0) return el('p', { class: 'muted' }, 'No documents.');
  return el('table', { class: 'results' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Title'), el('th', {}, 'Published'), el('th', {}, 'Source'))),
    el('tbody', {}, ...rows.map((row) => el('tr', {},
      el('td', {}, val(row, 'title') || localName(val(row, 'doc'))),
      el('td', { class: 'nowrap' }, val(row, 'date')),
      el('td', { class: 'small' }, val(row, 'source'))))));
}

/* ------------------------------------------------------------------ timeline */

function timeline(facts, ctx) {
  if (facts.length === 0) return el('p', { class: 'muted' }, 'No dated facts.');
  const sorted = [...facts].sort((a, b) => a.date.localeCompare(b.date) || a.doc.localeCompare(b.doc)
      || a.sentenceBegin - b.sentenceBegin);
  return el('ol', { class: 'timeline' }, ...sorted.map((f) => el('li', {},
    el('time', { datetime: f.date }, f.date),
    el('div', { class: 'tl-body' },
      el('div', { class: 'tl-fact' }, entityLink(f.s, ctx.labels), ' ',
        el('span', { class: 'relation' }, localName(f.p)), ' ', entityLink(f.o, ctx.labels),
        f.hedged ? el('span', { class: 'badge hedged' }, 'hedged') : null),
      el('div', { class: 'small' }, evidence(f, ctx)),
      el('div', { class: 'small muted' }, f.title || f.source || localName(f.doc))))));
}

/* ------------------------------------------------------------------ neighbourhood graph */

/** Neighbours of an entity with the relations to each: [{iri, out:Set, in:Set, negated:bool}]. */
function neighbours(iri, facts) {
  const byIri = new Map();
  for (const f of facts) {
    const outgoing = f.s.value === iri;
    const other = outgoing ? f.o : f.s;
    if (!other || other.type !== 'uri' || other.value === iri) continue;
    const n = byIri.get(other.value) || { iri: other.value, out: new Set(), in: new Set(), negated: true };
    const name = (f.negated ? 'not ' : '') + localName(f.p);
    (outgoing ? n.out : n.in).add(name);
    n.negated = n.negated && f.negated;
    byIri.set(other.value, n);
  }
  return [...byIri.values()].sort((a, b) => (b.out.size + b.in.size) - (a.out.size + a.in.size));
}

function neighbourhoodGraph(iri, facts, labels) {
  const all = neighbours(iri, facts);
  if (all.length === 0) return el('p', { class: 'muted' }, 'No neighbours.');
  const shown = all.slice(0, MAX_NEIGHBOURS);
  const { width, height, positions } = circleLayout(shown.length);
  const center = { x: width / 2, y: height / 2 };
  const picture = svg('svg', { class: 'graph', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Neighbourhood graph' },
    arrowMarkers(),
    ...shown.map((n, i) => edge(center, positions[i], n)),
    ...shown.map((n, i) => graphNode(positions[i], n.iri, labels.get(n.iri) || {}, false, positions[i].y < center.y - 1)),
    graphNode(center, iri, labels.get(iri) || {}, true, false));
  const more = all.length - shown.length;
  return [picture, more > 0 ? el('p', { class: 'muted small' }, `${more} more neighbours in the facts table.`) : null];
}

/** Neighbour positions on an ellipse around the centre; a few neighbours get a flatter picture. */
function circleLayout(count) {
  const width = 760;
  const height = count <= 2 ? 240 : count <= 8 ? 420 : 540;
  const rx = width / 2 - 120;
  const ry = height / 2 - 50;
  const start = count <= 2 ? 0 : -Math.PI / 2;
  const positions = [];
  for (let i = 0; i < count; i++) {
    const angle = start + (2 * Math.PI * i) / count;
    positions.push({ x: width / 2 + rx * Math.cos(angle), y: height / 2 + ry * Math.sin(angle) });
  }
  return { width, height, positions };
}

function arrowMarkers() {
  const marker = (id, path) => svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5,
    markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
    svg('path', { d: path, class: 'arrow' }));
  return svg('defs', {}, marker('arrow', 'M0,0 L10,5 L0,10 z'));
}

/** A line between the centre and a neighbour, shortened to the node circles, with its label. */
function edge(from, to, n) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const cut = (r) => ({ x: dx / length * r, y: dy / length * r });
  const a = { x: from.x + cut(32).x, y: from.y + cut(32).y };
  const b = { x: to.x - cut(22).x, y: to.y - cut(22).y };
  // the label sits beside the line's middle: right of steep lines, below flat ones
  const steep = Math.abs(dy) > Math.abs(dx);
  const mid = { x: (from.x + to.x) / 2 + (steep ? 8 : 0), y: (from.y + to.y) / 2 + (steep ? 0 : 12) };
  const lines = [];
  if (n.out.size) lines.push(`${[...n.out].join(', ')} ${arrowGlyph(dx, dy)}`);
  if (n.in.size) lines.push(`${[...n.in].join(', ')} ${arrowGlyph(-dx, -dy)}`);
  return svg('g', { class: n.negated ? 'edge negated' : 'edge' },
    svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      'marker-end': n.out.size ? 'url(#arrow)' : null, 'marker-start': n.in.size ? 'url(#arrow)' : null }),
    ...lines.map((line, k) => svg('text', { x: mid.x, y: mid.y + (k - (lines.length - 1) / 2) * 14,
      class: 'edge-label', 'text-anchor': steep ? 'start' : 'middle', 'dominant-baseline': 'middle' }, line)));
}

/** The arrow character closest to a screen direction (y grows downwards). */
function arrowGlyph(dx, dy) {
  const glyphs = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'];
  const octant = Math.round(Math.atan2(dy, dx) / (Math.PI / 4));
  return glyphs[(octant + 8) % 8];
}

function graphNode(p, iri, info, isCenter, labelAbove) {
  const label = info.label || localName(iri);
  const short = label.length > 28 ? label.slice(0, 27) + '…' : label;
  const type = info.type || 'Unknown';
  const node = svg('g', { class: `node type-${type}${isCenter ? ' center' : ''}` },
    svg('title', {}, `${label} (${type})\n${iri}`),
    svg('circle', { cx: p.x, cy: p.y, r: isCenter ? 28 : 18 }),
    svg('text', { x: p.x, y: labelAbove ? p.y - 26 : p.y + (isCenter ? 44 : 33), 'text-anchor': 'middle',
      class: 'node-label' }, short));
  return isCenter ? node : svg('a', { href: entityHref(iri) }, node);
}

/* ------------------------------------------------------------------ SPARQL box */

async function runSparqlBox() {
  const query = byId('sparql-query').value;
  const table = byId('sparql-results');
  const error = byId('sparql-error');
  const status = byId('sparql-status');
  error.hidden = true;
  error.textContent = '';
  table.replaceChildren();
  status.textContent = 'Running…';
  try {
    const response = await sparql(query,
      'application/sparql-results+json, text/turtle;q=0.9, application/n-triples;q=0.8, */*;q=0.1');
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) renderResults(table, await response.json(), status);
    else renderText(table, await response.text(), status);
  } catch (e) {
    status.textContent = '';
    error.textContent = e.message || String(e);
    error.hidden = false;
  }
}

function renderResults(table, data, status) {
  if (data.boolean !== undefined) {
    table.replaceChildren(el('tr', {}, el('th', {}, 'ASK')), el('tr', {}, el('td', {}, String(data.boolean))));
    status.textContent = 'ASK result.';
    return;
  }
  const vars = data.head.vars || [];
  const rows = data.results.bindings;
  table.replaceChildren(
    el('thead', {}, el('tr', {}, ...vars.map((v) => el('th', {}, v)))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...vars.map((v) => el('td', {}, termNode(row[v])))))));
  status.textContent = `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}.`;
}

function renderText(table, text, status) {
  table.replaceChildren(el('tr', {}, el('td', {}, el('pre', {}, text))));
  status.textContent = 'Graph result.';
}

/** An RDF term for a results cell: IRIs link to the entity view, literals show their datatype or language. */
function termNode(term) {
  if (!term) return '';
  if (term.type === 'uri') return el('a', { href: entityHref(term.value), class: 'iri' }, term.value);
  if (term.type === 'bnode') return el('span', { class: 'muted' }, '_:' + term.value);
  const suffix = term['xml:lang'] ? '@' + term['xml:lang']
    : term.datatype && !term.datatype.endsWith('#string') ? localName(term.datatype) : '';
  return [term.value, suffix ? el('span', { class: 'muted small' }, ' ' + suffix) : null];
}

/* ------------------------------------------------------------------ wiring */

function onSearchSubmit(event) {
  event.preventDefault();
  const text = byId('search-input').value.trim();
  location.hash = new URLSearchParams({ search: text, open: 'first' }).toString();
}

function onSparqlSubmit(event) {
  event.preventDefault();
  runSparqlBox();
}

function onSparqlKey(event) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSparqlSubmit(event);
}

function init() {
  byId('search-form').addEventListener('submit', onSearchSubmit);
  byId('sparql-form').addEventListener('submit', onSparqlSubmit);
  byId('sparql-query').addEventListener('keydown', onSparqlKey);
  window.addEventListener('hashchange', route);
  route();
}

init();
