// @name organization-events
// @title Events of an organization and who spoke there
// @description The events an organization organized, co-sponsored or hosted (as the articles
// @description report it), with the role it had and every person reported speaking there.
// @param organizationId string = "organization:national-council-of-resistance-of-iran" - the organization's id
// @tags organizations, events, people
MATCH organized = (org:Organization {id: $organizationId})-[role:ORGANIZED]->(event:Event)
OPTIONAL MATCH spoke = (speaker:Person)-[:SPOKE_AT]->(event)
RETURN event.name AS event, event.date AS date, role.role AS organizationRole,
       collect(speaker.name) AS speakers, organized, collect(spoke) AS talks
ORDER BY date
