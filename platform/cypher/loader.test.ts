import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCypherFile, loadCypherLibrary, CypherFileError, usedParameters } from './loader';

function libraryDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-lib-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('parseCypherFile', () => {
  it('reads name, title, description, typed parameters with defaults, tags and the statement', () => {
    const statement = parseCypherFile(
      [
        '// @name co-speakers',
        '// @title Co-speakers of a person',
        '// @description People who spoke at the same events',
        '// @description as a given person.',
        '// @param personId string = "person:rama-yade" - The person id',
        '// @param limit integer = 25',
        '// @tags people, events',
        'MATCH (p:Person {id: $personId}) RETURN p LIMIT $limit',
      ].join('\n'),
      'co.cypher',
    );
    expect(statement).toMatchObject({
      name: 'co-speakers',
      title: 'Co-speakers of a person',
      description: 'People who spoke at the same events as a given person.',
      tags: ['people', 'events'],
      text: 'MATCH (p:Person {id: $personId}) RETURN p LIMIT $limit',
    });
    expect(statement.params).toEqual([
      {
        name: 'personId',
        type: 'string',
        default: 'person:rama-yade',
        description: 'The person id',
      },
      { name: 'limit', type: 'integer', default: 25, description: undefined },
    ]);
  });

  it('refuses a file without a name', () => {
    expect(() => parseCypherFile('MATCH (n) RETURN n', 'x.cypher')).toThrow(CypherFileError);
  });

  it('refuses parameters used but not declared', () => {
    expect(() => parseCypherFile('// @name x\nMATCH (n {id: $id}) RETURN n', 'x.cypher')).toThrow(
      CypherFileError,
    );
  });

  it('refuses an unknown parameter type', () => {
    expect(() => parseCypherFile('// @name x\n// @param id str\nRETURN $id', 'x.cypher')).toThrow(
      CypherFileError,
    );
  });

  it('reads the declared result columns with their TypeScript types', () => {
    const statement = parseCypherFile(
      '// @name x\n// @returns id string - the id\n// @returns n node?\nMATCH (n) RETURN n.id AS id, n',
      'x.cypher',
    );
    expect(statement.columns).toEqual([
      { name: 'id', type: 'string', typeScript: 'string', description: 'the id' },
      { name: 'n', type: 'node?', typeScript: 'Node | null', description: undefined },
    ]);
  });

  it('refuses a result column of an unknown type', () => {
    expect(() =>
      parseCypherFile('// @name x\n// @returns id text\nRETURN 1 AS id', 'x.cypher'),
    ).toThrow(CypherFileError);
  });

  it('ignores $words inside strings and comments when finding parameters', () => {
    expect([...usedParameters("RETURN '$notParam' AS a, $real // $alsoNot")]).toEqual(['real']);
  });
});

describe('loadCypherLibrary', () => {
  it('serves statements by name and warns about declared parameters that are never used', () => {
    const dir = libraryDir({
      'a.cypher': '// @name a\n// @param unused string\nRETURN 1',
      'sub/b.cypher': '// @name b\nRETURN 2',
    });
    const library = loadCypherLibrary(dir);
    expect(library.lookup('b').text).toBe('RETURN 2');
    expect(
      library
        .all()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(library.warnings).toHaveLength(1);
    expect(library.warnings[0]).toContain('unused');
  });

  it('refuses to load two files with the same name', () => {
    const dir = libraryDir({
      'a.cypher': '// @name same\nRETURN 1',
      'b.cypher': '// @name same\nRETURN 2',
    });
    expect(() => loadCypherLibrary(dir)).toThrow(CypherFileError);
  });

  it('throws when asked for a statement that does not exist', () => {
    const library = loadCypherLibrary(libraryDir({ 'a.cypher': '// @name a\nRETURN 1' }));
    expect(() => library.lookup('missing')).toThrow(CypherFileError);
  });

  it('loads the project library without errors', () => {
    const library = loadCypherLibrary();
    expect(library.get('schema').text).toContain('CREATE CONSTRAINT');
    expect(library.warnings).toEqual([]);
  });
});
