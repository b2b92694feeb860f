package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * How one trigger word expresses a relation: the property and where its arguments sit.
 *
 * @param property         local name of the nkg: property
 * @param objectRels       dependency relations that hold the object
 * @param themeRels        relations that hold the theme (what was asked, denied, declined)
 * @param recipientRels    relations that hold the recipient
 * @param possessor        an object like "X's inbox" stands for X
 * @param requires         the frame applies only when the trigger has one of these dependents (empty: always)
 * @param objectNouns      the frame applies only when the trigger's direct object is one of these lemmas
 *                         ("sent an email to X" is a message, "sent documents to X" a transfer)
 * @param controllerObject without an object of its own, the object of the verb it depends on
 *                         ("called Kislyak to request restraint")
 * @param reply            without an object, whoever last wrote to the subject ("Trump Jr. responded")
 * @param mutual           it goes both ways ("a conversation with X")
 * @param subjectRels      for noun triggers: relations holding the agent ("an invitation by Putin")
 * @param also             a second property the same words express, or null ("asked X to": X was
 *                         also contacted)
 * @param objectTypes      entity types (lower case: person, organization, location, work) the object
 *                         must have, empty for any ("told Gates that" is a message, "told the FBI
 *                         that" testimony)
 * @param inverse          the object holds the relation to the subject ("the council, which includes
 *                         Russia": Russia is a member of the council)
 */
public record Frame(String property, List<String> objectRels, List<String> themeRels, List<String> recipientRels,
             boolean possessor, List<String> requires, Set<String> objectNouns, boolean controllerObject,
             boolean reply, boolean mutual, List<String> subjectRels, String also,
             Set<String> objectTypes, boolean inverse) {
}
