package org.newskg.names;

/**
 * Why one name was joined to another. The local name of each value is the ontology individual
 * ({@code nkg:FullName}, {@code nkg:Surname}...) written on {@code nkg:alias} nodes.
 */
public enum NameRule {
    /** The fullest name the entity has in a document. */
    FULL_NAME("FullName"),
    /** The same name, letter for letter after normalising. */
    SAME_NAME("SameName"),
    /** A short form spelled out next to it: "World Health Organization (WHO)", "the IRGC, or ...". */
    EXPANSION("Expansion"),
    /** Initials of one organisation's name: "NCA" for "National Crime Agency". */
    INITIALS("Initials"),
    /** Some of one person's names, with the same generational suffix: "Merkel" for "Angela Merkel". */
    SURNAME("Surname"),
    /** An organisation's name without its corporate suffix or its trailing words: "Acme" for "Acme Group". */
    SHORT_NAME("ShortName"),
    /** A short form listed in the data file: "U.S." for "United States". */
    KNOWN_SHORT_FORM("KnownShortForm"),
    /**
     * The same name in another form within one document: an organisation's last word singular or
     * plural ("Defence Force", "Defence Forces"), a surname with one vowel changed.
     */
    VARIANT("Variant"),
    /** A country's government named by its demonym or name: "the Russian government" for Russia. */
    GOVERNMENT("Government"),
    /** A social media handle the text ties to its owner: "@acme_news, the Acme News account". */
    HANDLE("Handle"),
    /**
     * A bare capitalised title the document uses for the person it names with that title: "the
     * President" for "President Trump" in the same text.
     */
    TITLE("Title"),
    /**
     * The office named by a capitalised definite title in a document that never names its holder
     * ("the President asked ..."); across documents it joins only the one person other documents
     * call by that title ({@link #TITLE}).
     */
    OFFICE("Office"),
    /**
     * A surname that fits two or more people of the store, joined to the only one of them whose
     * documents call him or her by a title that the surname's own documents also use ("the
     * President" or "President Lind" for "Lind", where of Vera Lind and Ola Lind only Vera is
     * called President anywhere).
     */
    SHARED_TITLE("SharedTitle"),
    /**
     * A bare surname that several people of one document share, standing for the one the document
     * names first, in its headline, and in full more often than each of the others, before the
     * surname is used (the article's subject). Kept to that document: the store does not carry it to others.
     */
    LEAD_PERSON("LeadPerson"),
    /** Names CoreNLP's coreference put in one chain. */
    COREFERENCE("Coreference"),
    /** A short name that would fit two or more entities, so joined none (see nkg:ambiguousWith). */
    AMBIGUOUS("Ambiguous");

    private final String localName;

    NameRule(String localName) {
        this.localName = localName;
    }

    /** The ontology individual's local name. */
    public String localName() {
        return localName;
    }

    /** The rule with this local name, or null. */
    public static NameRule ofLocalName(String local) {
        for (NameRule r : values()) {
            if (r.localName.equals(local)) {
                return r;
            }
        }
        return null;
    }
}
