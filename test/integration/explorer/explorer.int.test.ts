import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from 'cytoscape';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pino } from 'pino';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createExtractor } from '../../../src/extract/index.js';
import { createDriver, Graph } from '../../../src/graph/graph.js';
import { ensureSchema, ingestArticle, ingestMany, type LoadedItem } from '../../../src/ingest/index.js';
import { loadPaths } from '../../../src/ingest/loaders/index.js';
import { createServer, type KgServer } from '../../../src/server/create-server.js';
import { testEndpoint, uniquePrefix } from '../../support/neo4j.js';

/**
 * The explorer in a real browser (Debian's chromium through playwright-core) against the real
 * server and Neo4j, on the bundled sample articles: search "Pakistan", see its network, click an
 * ACCUSES edge, read its evidence. The screenshot it takes goes to test/artifacts/explorer.png, or
 * to docs/explorer.png (the README's picture) with KG_UPDATE_SCREENSHOT=1.
 */
// The page's test handle (explorer/src/main.ts); the callbacks that use it run in the browser.
declare const window: { __kg?: { cy: Core; loads: number; ready: boolean } };

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = process.env.KG_UPDATE_SCREENSHOT === '1'
  ? path.join(ROOT, 'docs', 'explorer.png')
  : path.join(ROOT, 'test', 'artifacts', 'explorer.png');

const p = uniquePrefix('ex');
const articleIds: string[] = [];
const extractor = createExtractor({});
let graph: Graph;
let server: KgServer;
let baseUrl: string;
let context: BrowserContext;
let profileDir: string;
let page: Page;

/** The sample articles with this file's prefix on their ids, so cleanup touches nothing else. */
async function* prefixedSamples(): AsyncGenerator<LoadedItem> {
  for await (const item of loadPaths([path.join(ROOT, 'samples')])) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const id = `${p}${item.input.id ?? path.basename(item.origin)}`;
    articleIds.push(id);
    yield { ...item, input: { ...item.input, id } };
  }
}

beforeAll(async () => {
  // The page under test is built from the current sources, never a stale explorer/dist.
  await build({ configFile: path.join(ROOT, 'explorer', 'vite.config.ts'), logLevel: 'warn' });

  const endpoint = testEndpoint();
  graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: 30_000 });
  await ensureSchema(graph);
  const config = loadConfig({ KG_ANONYMOUS_READ: 'true' });
  const summary = await ingestMany(prefixedSamples(), { graph, extractor, maxArticleBytes: config.ingest.maxArticleBytes });
  expect(summary.failures).toEqual([]);
  expect(articleIds.length).toBeGreaterThan(0);

  server = await createServer({ graph, extractor, config, logger: pino({ level: 'silent' }) });
  baseUrl = (await server.listen(0, '127.0.0.1')).replace(/graphql$/, '');

  profileDir = await mkdtemp(path.join(tmpdir(), 'kg-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
  await server?.stop();
  if (graph) {
    // Re-ingesting a relation-free text through the product's own update path takes this file's
    // evidence back out of the shared aggregates; then the article nodes themselves go.
    for (const id of articleIds) {
      await ingestArticle({ id, text: 'This article was withdrawn by the explorer test.' }, { graph, extractor, maxArticleBytes: 1_000_000 });
    }
    await graph.write('test/clean-explorer', (tx) =>
      tx.run('MATCH (a:Article) WHERE a.id STARTS WITH $p OPTIONAL MATCH (m:Mention {articleId: a.id}) DETACH DELETE m, a', { p }),
    );
    await graph.close();
  }
});

interface EdgeOnScreen {
  readonly relationId: string;
  readonly x: number;
  readonly y: number;
}

describe('explorer page', () => {
  it('serves the built page at / from the API server', async () => {
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('News KG Explorer');
  });

  it('searches "Pakistan" with autocomplete and draws its network', async () => {
    const search = page.getByRole('combobox', { name: 'Search an actor' });
    await search.fill('Pakistan');
    const option = page.getByRole('option').filter({ hasText: /^Pakistan/ }).first();
    await option.waitFor({ state: 'visible' });
    // Keyboard path of the combobox: first option, Enter.
    await search.press('ArrowDown');
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await search.press('Enter');

    await page.waitForFunction(() => (window.__kg?.loads ?? 0) >= 1 && (window.__kg?.cy.nodes().length ?? 0) > 1);
    const drawn = await page.evaluate(() => {
      const cy = window.__kg!.cy;
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        root: cy.nodes('.root').map((n) => String(n.data('actorId'))),
        types: [...new Set(cy.edges().map((e) => String(e.data('type'))))],
      };
    });
    expect(drawn.root).toEqual(['pakistan']);
    expect(drawn.nodes).toBeGreaterThan(1);
    expect(drawn.edges).toBeGreaterThan(0);
    expect(drawn.types).toContain('ACCUSES');
    await expect(page.locator('#status').textContent()).resolves.toMatch(/\d+ actors · \d+ relations/);
  });

  it('shows the evidence of an ACCUSES edge when it is clicked', async () => {
    const target = await page.evaluate((): EdgeOnScreen | null => {
      const cy = window.__kg!.cy;
      const edge = cy.edges('[type = "ACCUSES"]').sort((a, b) => Number(b.data('weight')) - Number(a.data('weight')))[0];
      if (!edge) return null;
      const point = edge.renderedMidpoint();
      return { relationId: String(edge.data('relationId')), x: point.x, y: point.y };
    });
    expect(target).not.toBeNull();
    const box = await page.locator('#cy').boundingBox();
    // A real pointer click on the canvas where the edge is drawn.
    await page.mouse.click(box!.x + target!.x, box!.y + target!.y);

    const title = page.locator('#panel .relation-title');
    await title.waitFor({ state: 'visible' });
    await expect(title.textContent()).resolves.toMatch(/accuses/i);
    const selected = await page.evaluate(() => window.__kg!.cy.edges(':selected').map((e) => String(e.data('relationId'))));
    expect(selected).toEqual([target!.relationId]);

    const sentences = await page.locator('#panel .evidence-sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence.trim().length).toBeGreaterThan(10);
    const meta = await page.locator('#panel .evidence-meta').first().textContent();
    // Outlet · date · … as the sample articles carry them.
    expect(meta).toMatch(/·/);
    const source = await page.locator('#panel .evidence-source').first().textContent();
    expect(source?.trim().length).toBeGreaterThan(0);

    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('expands a neighbour when its node is clicked', async () => {
    const before = await page.evaluate(() => window.__kg!.loads);
    const target = await page.evaluate(() => {
      const cy = window.__kg!.cy;
      const node = cy.nodes().not('.root').sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')))[0];
      if (!node) return null;
      const point = node.renderedPosition();
      return { actorId: String(node.data('actorId')), x: point.x, y: point.y };
    });
    expect(target).not.toBeNull();
    const box = await page.locator('#cy').boundingBox();
    await page.mouse.click(box!.x + target!.x, box!.y + target!.y);
    await page.waitForFunction((n) => (window.__kg?.loads ?? 0) > n, before);
    const expanded = await page.evaluate(() => window.__kg!.cy.nodes('.expanded').map((n) => String(n.data('actorId'))));
    expect(expanded).toEqual([target!.actorId]);
    await page.locator('#panel .panel-head h2').waitFor({ state: 'visible' });
    expect(page.url()).toContain(`expand=${encodeURIComponent(target!.actorId)}`);
  });
});
