// Conditional GET for any route whose answer has an ETag: the client that already holds the
// answer gets 304 and no body (a polling screen's refresh costs a header).
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Whether If-None-Match names this ETag: the weak comparison GET uses (RFC 9110 §13.1.2, a `W/`
 * prefix on either side ignored), a list of tags, or `*` (the client holds some version).
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  const mine = strip(etag);
  return ifNoneMatch.split(',').some((t) => {
    const asked = t.trim();
    return asked === '*' || strip(asked) === mine;
  });
}

/**
 * Sends an answer that is already its JSON text with its ETag, or 304 when the request holds that
 * ETag. `private, no-cache`: the browser keeps the answer and revalidates it on every fetch, no
 * shared cache keeps a signed-in user's data.
 */
export function sendJsonWithEtag(req: FastifyRequest, reply: FastifyReply, answer: { body: string; etag: string }) {
  reply.header('etag', answer.etag).header('cache-control', 'private, no-cache');
  if (etagMatches(req.headers['if-none-match'], answer.etag)) return reply.code(304).send();
  // A string body with a JSON content type is sent as it is, past the route's serializer.
  return reply.type('application/json; charset=utf-8').send(answer.body);
}
