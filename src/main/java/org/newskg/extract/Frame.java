package org.newskg.extract;

import java.util.List;

/**
 * How one trigger word expresses a relation: the property and where its arguments sit.
 *
 * @param property       local name of the nkg: property
 * @param objectRels     dependency relations that hold the object
 * @param themeRels      relations that hold the theme (what was asked, denied, declined)
 * @param recipientRels  relations that hold the recipient
 * @param possessor      an object like "X's inbox" stands for X
 */
record Frame(String property, List<String> objectRels, List<String> themeRels, List<String> recipientRels,
             boolean possessor) {
}
