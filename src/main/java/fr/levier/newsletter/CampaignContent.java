package fr.levier.newsletter;

/** What the dispatcher needs of a sending campaign: its content, read once per batch. */
record CampaignContent(long id, String subject, String preheader, String html, String officerName) {}
