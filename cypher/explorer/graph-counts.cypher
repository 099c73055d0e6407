// @name explorer-graph-counts
// @title Explorer: nodes per model label and relationships per model type
// @description Counts for the client's legend and filters, from Neo4j's count store (no scans).
// @returns labels {label: string, count: integer}[]
// @returns relationshipTypes {type: string, count: integer}[]
RETURN
  [
    {label: 'Person', count: COUNT { (:Person) }},
    {label: 'Organization', count: COUNT { (:Organization) }},
    {label: 'Event', count: COUNT { (:Event) }},
    {label: 'Claim', count: COUNT { (:Claim) }},
    {label: 'Assertion', count: COUNT { (:Assertion) }},
    {label: 'Article', count: COUNT { (:Article) }},
    {label: 'Place', count: COUNT { (:Place) }},
    {label: 'Topic', count: COUNT { (:Topic) }}
  ] AS labels,
  [
    {type: 'SPOKE_AT', count: COUNT { ()-[:SPOKE_AT]->() }},
    {type: 'AFFILIATED_WITH', count: COUNT { ()-[:AFFILIATED_WITH]->() }},
    {type: 'ORGANIZED', count: COUNT { ()-[:ORGANIZED]->() }},
    {type: 'HELD_IN', count: COUNT { ()-[:HELD_IN]->() }},
    {type: 'CLAIMED', count: COUNT { ()-[:CLAIMED]->() }},
    {type: 'MADE_AT', count: COUNT { ()-[:MADE_AT]->() }},
    {type: 'ABOUT', count: COUNT { ()-[:ABOUT]->() }},
    {type: 'ASSERTS', count: COUNT { ()-[:ASSERTS]->() }},
    {type: 'REPORTED_IN', count: COUNT { ()-[:REPORTED_IN]->() }},
    {type: 'MENTIONS', count: COUNT { ()-[:MENTIONS]->() }}
  ] AS relationshipTypes
