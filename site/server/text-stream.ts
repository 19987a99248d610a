/**
 * A response body written a piece at a time as the reader takes it: each
 * piece is asked for only when the one before has been sent on (`pull`),
 * so a large download never sits whole in the server, and a reader who
 * goes away stops the work (`cancel`). The first piece is read before the
 * body is handed over, so a source that cannot start fails the request
 * with an error response instead of a file cut short.
 */
export async function textStream(pieces: AsyncIterable<string>): Promise<ReadableStream<Uint8Array>> {
  const iterator = pieces[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let next: IteratorResult<string> | undefined = await iterator.next();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const piece = next ?? (await iterator.next());
      next = undefined;
      if (piece.done) controller.close();
      else controller.enqueue(encoder.encode(piece.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
