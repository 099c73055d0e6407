/**
 * Corrections made through the API by an integration test, and the clean-up that undoes them:
 * `correct` expects a 201 and remembers the id, `undo` expects a 200 and forgets it, and
 * `undoMade` undoes what a failed test left behind (newest first, so each undo is the cheap
 * one). Tests that share the corpus graph use it so the graph is exactly as they found it. Not
 * for refusals (a test posts those itself and asserts their status).
 */
import { expect } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import type { CorrectionRecord } from '../../model/corrections';

export function correctionsClient(app: Express) {
  const made = new Set<string>();
  return {
    made,
    correct: async (body: object): Promise<CorrectionRecord> => {
      const response = await request(app).post('/api/corrections').send(body);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      const correction = (response.body as { correction: CorrectionRecord }).correction;
      made.add(correction.id);
      return correction;
    },
    undo: async (id: string): Promise<void> => {
      const response = await request(app).delete(`/api/corrections/${id}`);
      expect(response.status).toBe(200);
      made.delete(id);
    },
    undoMade: async (): Promise<void> => {
      const body: unknown = (await request(app).get('/api/corrections')).body;
      for (const c of (body as { corrections: CorrectionRecord[] }).corrections)
        if (made.has(c.id)) await request(app).delete(`/api/corrections/${c.id}`);
    },
  };
}
