// The API description is a test, not a report: Redocly's recommended rules (with the
// exceptions in redocly.yaml, each with its reason) pass on the document the server serves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, type TestApp } from '../support/harness';
import { operationIdOf } from '../../src/server/core/openapi';

const exec = promisify(execFile);

describe('OpenAPI description', () => {
  let t: TestApp;
  let doc: { servers: { url: string }[]; paths: Record<string, Record<string, { operationId?: string; summary?: string; responses: Record<string, unknown>; security?: unknown[] }>> };
  beforeAll(async () => {
    t = await createTestApp('pglite', { seed: false });
    doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  });
  afterAll(() => t?.close());

  it('derives operation ids from method and path', () => {
    expect(operationIdOf('GET', '/api/plans')).toBe('getPlans');
    expect(operationIdOf('POST', '/api/plans/:id/commit')).toBe('postPlansByIdCommit');
    expect(operationIdOf('PUT', '/api/indicator-zones/:id')).toBe('putIndicatorZonesById');
  });

  it('gives every operation a unique id, a summary, a 4xx answer with the shared error body, and a server', () => {
    expect(doc.servers.length).toBeGreaterThan(0);
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, ...op })));
    expect(ops.length).toBeGreaterThan(20);
    const ids = ops.map((o) => o.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of ops) {
      expect(o.summary, `${o.method} ${o.path}`).toBeTruthy();
      expect(Object.keys(o.responses).some((c) => c.startsWith('4')), `${o.method} ${o.path}`).toBe(true);
    }
    const login = doc.paths['/api/auth/login'].post;
    expect(login.security).toEqual([]); // public
    expect(doc.paths['/api/plans'].get.responses['4XX']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  });

  it('documents a 2xx answer with its body for every operation: JSON by its schema, files by their media type', () => {
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        const ok = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
        const typed = ok.some(([, r]) => {
          const content = (r as { content?: Record<string, { schema?: Record<string, unknown> }> }).content ?? {};
          return Object.entries(content).some(([type, c]) => !!c.schema && (type !== 'application/json' || Object.keys(c.schema).some((k) => k !== 'description')));
        });
        if (!typed) missing.push(`${method.toUpperCase()} ${path}`);
      }
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths['/api/indicators/{id}/export.xlsx'].get.responses['200'] as object)).toContain('content');
    expect((doc.paths['/api/indicators/{id}/export.xlsx'].get.responses['200'] as { content: object }).content).toHaveProperty(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
  });

  it('documents every upload as a multipart/form-data body with its file part in binary', () => {
    const body = (path: string) => (doc.paths[path].post as unknown as { requestBody?: { content: Record<string, { schema: { properties: Record<string, { type: string; format?: string; items?: { format: string } }>; required?: string[] } }> } }).requestBody?.content;
    const uploads = ['/api/plans/imports', '/api/observations/import', '/api/plans/{id}/matrix.xlsx', '/api/reports/{id}/evidence', '/api/supervision/notices/{id}/submit_plan', '/api/supervision/notices/{id}/submit_report'];
    for (const path of uploads) {
      const content = body(path);
      expect(Object.keys(content ?? {}), path).toEqual(['multipart/form-data']);
    }
    expect(body('/api/plans/imports')!['multipart/form-data'].schema.properties).toMatchObject({ file: { type: 'string', format: 'binary' }, text: { type: 'string' } });
    expect(body('/api/observations/import')!['multipart/form-data'].schema.required).toEqual(['file']);
    expect(body('/api/plans/{id}/matrix.xlsx')!['multipart/form-data'].schema.required).toEqual(['year', 'file']);
    expect(body('/api/supervision/notices/{id}/submit_report')!['multipart/form-data'].schema.properties.files).toMatchObject({ type: 'array', items: { format: 'binary' } });
    // The other notice actions stay JSON.
    expect(Object.keys(body('/api/supervision/notices/{id}/verify') ?? {})).toEqual(['application/json']);
  });

  it("passes Redocly's recommended rules", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hubline-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const root = resolve('.');
      const r = await exec(join(root, 'node_modules/.bin/redocly'), ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json'], { cwd: root, maxBuffer: 32 * 1024 * 1024 }).catch(
        (e: { stdout: string; stderr: string }) => e,
      );
      const report = JSON.parse(r.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
