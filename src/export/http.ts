import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Graph } from '../graph/graph.js';
import { parseCsvPart, parseExportFilters, parseExportFormat, type RawExportFilters } from './filters.js';
import { exportGraph } from './index.js';

/**
 * The HTTP side of this module, mounted by the server: `GET /export/:format` and the explorer's
 * static files at `/`. Kept here so the server only wires two lines.
 */

/** Built by `npm run build:explorer`; the same URL resolves from `src/export` and `dist/export`. */
export const EXPLORER_DIR = fileURLToPath(new URL('../../explorer/dist/', import.meta.url));

function queryValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

function queryList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return undefined;
}

/** Query string to raw filters; `min-confidence` is accepted next to `minConfidence` to mirror the CLI. */
export function rawFiltersFromQuery(query: Request['query']): RawExportFilters {
  const q = query as Record<string, unknown>;
  return {
    types: queryList(q['types']),
    since: queryValue(q['since']),
    until: queryValue(q['until']),
    minConfidence: queryValue(q['minConfidence']) ?? queryValue(q['min-confidence']),
  };
}

export interface ExportRouteOptions {
  /** Throws `AppError('UNAUTHENTICATED' | 'FORBIDDEN')` when the caller may not read. */
  readonly authorize?: (req: Request) => void;
}

/**
 * `GET /export/:format?types=ACCUSES,DENIES&since=…&until=…&minConfidence=…` (CSV: `&part=nodes`
 * or `edges`, default edges). Answers the file as an attachment; errors go to the server's error
 * handler (`INVALID_INPUT`, with the same message the CLI prints, becomes a 400).
 */
export function exportRoute(graph: Pick<Graph, 'read'>, options: ExportRouteOptions = {}): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      options.authorize?.(req);
      const format = parseExportFormat(String(req.params['format'] ?? ''));
      const filters = parseExportFilters(rawFiltersFromQuery(req.query));
      const part = format === 'csv' ? parseCsvPart(queryValue((req.query as Record<string, unknown>)['part'])) : undefined;
      const file = await exportGraph(graph, format, filters, part === undefined ? {} : { part });
      res
        .status(200)
        .type(file.contentType)
        .set('content-disposition', `attachment; filename="${file.filename}"`)
        .set('cache-control', 'no-store')
        .send(file.body);
    } catch (error) {
      // The server's error handler maps AppError codes to statuses and masks the rest.
      next(error);
    }
  };
}

/**
 * The explorer page and its assets. Hashed assets are cached for a year, `index.html` is
 * revalidated, so a rebuild shows at once. Without a build, `/` explains how to make one instead of a bare 404.
 */
export function explorerStatic(dir: string = EXPLORER_DIR): RequestHandler {
  if (!existsSync(join(dir, 'index.html'))) {
    return (req, res, next) => {
      if (req.method !== 'GET' || req.path !== '/') {
        next();
        return;
      }
      res
        .status(503)
        .type('text/plain')
        .send('The explorer is not built. Run "npm run build:explorer" (or "npm run build") and reload.\n');
    };
  }
  return express.static(dir, {
    index: 'index.html',
    fallthrough: true,
    setHeaders: (res, path) => {
      // Only Vite's content-hashed files under assets/ may be cached forever.
      res.setHeader('cache-control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
