// @name workbench-schema
// @title Live schema for the Cypher editor
// @description Labels, relationship types and property keys in use, for the editor's
// @description autocompletion. Read-only; cheap on any graph size (token lookups, no scans).
// @returns labels string[]
// @returns relationshipTypes string[]
// @returns propertyKeys string[]
RETURN
  COLLECT { CALL db.labels() YIELD label RETURN label } AS labels,
  COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType } AS relationshipTypes,
  COLLECT { CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey } AS propertyKeys
