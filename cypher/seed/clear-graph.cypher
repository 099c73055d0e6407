// @name seed-clear-graph
// @title Delete the extracted graph
// @description Removes every node of the graph model and its relationships in batches (for `npm run seed -- --reset`). Saved queries and corrections (:SavedQuery, :Correction) are the analysts’ own work and are kept. Runs as an auto-commit statement because of CALL … IN TRANSACTIONS.
MATCH (n)
WHERE n:Person OR n:Organization OR n:Event OR n:Claim OR n:Assertion OR n:Article OR n:Place OR n:Topic
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
