/**
 * The loader's two failures a person can act on: an interrupted load (rerun to finish) and a
 * document the database refused (nothing of the chunk in flight was kept).
 */

export class LoadAbortedError extends Error {
  override readonly name = 'LoadAbortedError';
  constructor(readonly committedChunks: number) {
    super(
      `load interrupted: ${committedChunks} chunk(s) of whole articles were committed; the one in flight was rolled back; run the same command again to finish`,
    );
  }
}

export class LoadError extends Error {
  override readonly name = 'LoadError';
}
