"""Reads a GraphML or GEXF file with networkx (an independent reader) and prints its nodes and
edges as JSON, every attribute value tagged with its Python type, so the export round-trip
suite can check ids, counts, attribute values and types. Usage: networkx-dump.py graphml|gexf FILE"""
import json
import sys

import networkx as nx


def tag(value):
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, int):
        return {"t": "int", "v": str(value)}
    if isinstance(value, float):
        return {"t": "float", "v": value}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    return {"t": type(value).__name__, "v": json.loads(json.dumps(value, default=str))}


kind, path = sys.argv[1], sys.argv[2]
if kind == "graphml":
    graph = nx.read_graphml(path, force_multigraph=True)
else:
    graph = nx.read_gexf(path, version="1.3")
    if not graph.is_multigraph():
        graph = nx.MultiDiGraph(graph)

nodes = [{"id": node, "attrs": {k: tag(v) for k, v in data.items()}} for node, data in graph.nodes(data=True)]
edges = [
    {"key": str(key), "source": u, "target": v, "attrs": {k: tag(x) for k, x in data.items()}}
    for u, v, key, data in graph.edges(keys=True, data=True)
]
print(json.dumps({"directed": graph.is_directed(), "nodes": nodes, "edges": edges}, ensure_ascii=False))
