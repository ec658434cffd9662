// The map page's HTML: the Content Security Policy allows scripts by nonce only and images from the
// configured tile host only, and the start-up configuration cannot break out of its inert JSON.
import assert from 'node:assert/strict';
import type { MapPageConfig } from '../../client/src/webview/messages';
import { contentSecurityPolicy, defaultTileUrl, mapPageHtml, tileOrigins } from '../../client/src/webview/page';

const resources = { cspSource: 'https://webview.test', nonce: 'bm9uY2U', scriptUri: 'https://webview.test/map.js', styleUri: 'https://webview.test/map.css' };
const config: MapPageConfig = {
  locale: 'fr',
  documentUri: 'file:///a.csv',
  fileName: 'a.csv',
  tileUrl: defaultTileUrl,
  tileSubdomains: ['a', 'b', 'c'],
  tileAttribution: '© OpenStreetMap contributors',
  tileAttributionUrl: '',
};

function cspOf(html: string): string {
  const match = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  assert.ok(match);
  return match[1].replace(/&#39;/g, "'");
}

describe('map page HTML', () => {
  it('allows the tile host of the URL template, each {s} subdomain spelled out', () => {
    assert.deepEqual(tileOrigins(defaultTileUrl, []), ['https://tile.openstreetmap.org']);
    assert.deepEqual(tileOrigins('https://{s}.tile.example.org/{z}/{x}/{y}{r}.png', ['a', 'b']), ['https://a.tile.example.org', 'https://b.tile.example.org']);
    assert.deepEqual(tileOrigins('http://localhost:8080/tiles/{z}/{x}/{-y}.png', []), ['http://localhost:8080']);
  });

  it('allows no image host for a template that is not a plain http(s) tile URL', () => {
    for (const url of ['', 'https://tile.example.org/map.png', 'javascript:alert(1)//{z}{x}{y}', 'data:image/png;base64,{z}{x}{y}', 'https://user:pw@tile.example.org/{z}/{x}/{y}.png', "https://tile.example.org;script-src *'/{z}/{x}/{y}", 'https://*.example.org/{z}/{x}/{y}.png']) {
      assert.deepEqual(tileOrigins(url, ['a']), [], url);
    }
  });

  it('writes a policy with nothing by default, scripts by nonce, styles from the webview, images from the tiles', () => {
    const csp = cspOf(mapPageHtml(resources, config));
    assert.equal(csp, contentSecurityPolicy(resources, ['https://tile.openstreetmap.org']));
    assert.equal(
      csp,
      "default-src 'none'; img-src data: https://tile.openstreetmap.org; style-src https://webview.test; font-src https://webview.test; script-src 'nonce-bm9uY2U'",
    );
  });

  it('drops an unusable tile URL from the page config (the page then says there are no tiles)', () => {
    const html = mapPageHtml(resources, { ...config, tileUrl: 'javascript:alert(1)' });
    assert.match(cspOf(html), /img-src data:;/);
    assert.match(html, /"tileUrl":""/);
  });

  it('keeps the config inert: a file name cannot close the JSON script nor the title', () => {
    const html = mapPageHtml(resources, { ...config, fileName: '</script><script>alert(1)</script><!--' });
    assert.equal(html.match(/<script/g)?.length, 2, 'only the config and the nonce script');
    assert.match(html, /<title>Carte — &#60;\/script&#62;/);
    assert.match(html, /\\u003c\/script\\u003e\\u003cscript\\u003ealert\(1\)/);
    assert.match(html, /<script nonce="bm9uY2U" src="https:\/\/webview.test\/map.js"><\/script>/);
  });
});
