package fr.levier.shared.api;

/** Thrown by services when a requested record does not exist; mapped to HTTP 404. */
public class NotFoundException extends RuntimeException {

    /**
     * @param what what was looked for, e.g. {@code "Partner 42"}
     */
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
