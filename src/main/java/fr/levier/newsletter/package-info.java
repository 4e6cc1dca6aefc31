/** Partner newsletters: campaigns, templates, audience, outbox and unsubscribe. */
package fr.levier.newsletter;
