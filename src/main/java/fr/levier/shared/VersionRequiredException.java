package fr.levier.shared;

import fr.levier.shared.i18n.Messages;

/**
 * An update sent without the version the client read (it would silently overwrite someone else's
 * change): the API answers 400 naming {@code version}, like a missing request parameter.
 */
public class VersionRequiredException extends BusinessRuleException {

    /** The refusal, in the user's language. */
    public VersionRequiredException() {
        super("version", Messages.get("api.error.versionRequired"));
    }
}
