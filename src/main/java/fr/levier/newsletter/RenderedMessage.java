package fr.levier.newsletter;

/**
 * A newsletter as one recipient receives it.
 *
 * @param to      address
 * @param subject subject with merge fields applied
 * @param html    the HTML part (template, city identity, footer with the unsubscribe link)
 * @param text    the plain-text alternative, from the same content
 * @param unsubscribeUrl the HTTPS one-click unsubscribe link of this recipient
 */
public record RenderedMessage(String to, String subject, String html, String text, String unsubscribeUrl) {}
