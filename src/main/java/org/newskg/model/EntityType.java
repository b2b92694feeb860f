package org.newskg.model;

/** The kinds of entity NewsKG keeps, with the class local name and IRI path segment of each. */
public enum EntityType {
    PERSON("Person", "person"),
    ORGANIZATION("Organization", "organization"),
    LOCATION("Location", "location"),
    WORK("Work", "work");

    private final String className;
    private final String pathSegment;

    EntityType(String className, String pathSegment) {
        this.className = className;
        this.pathSegment = pathSegment;
    }

    /** Local name of the nkg: class. */
    public String className() {
        return className;
    }

    /** Path segment of entity IRIs of this type. */
    public String pathSegment() {
        return pathSegment;
    }
}
