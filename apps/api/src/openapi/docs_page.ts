import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApiApp } from '../app_env.ts';
import { openApiPath } from './document.ts';

export const docsPath = '/api/docs';

/** Swagger UI is served from the installed swagger-ui-dist package: nothing copied, nothing fetched from a CDN. */
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The only files of the package the page needs, with their media types; no other file is reachable. */
const assets = new Map([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
  ['favicon-32x32.png', 'image/png'],
]);

/** validatorUrl null: otherwise Swagger UI sends the document to validator.swagger.io. */
const initScript = `window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: '${openApiPath}',
    dom_id: '#swagger-ui',
    validatorUrl: null,
    deepLinking: true,
  });
});
`;

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Siaga API reference</title>
  <link rel="icon" type="image/png" href="${docsPath}/assets/favicon-32x32.png">
  <link rel="stylesheet" href="${docsPath}/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${docsPath}/assets/swagger-ui-bundle.js"></script>
  <script src="${docsPath}/init.js"></script>
</body>
</html>
`;

/** The page loads only same-origin files; Swagger UI sets inline styles and shows inline (data:) images. */
const contentSecurityPolicy =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
  "connect-src 'self'; frame-ancestors 'none'";

/** The interactive API reference at /api/docs. */
export function registerDocsPage(app: ApiApp): void {
  app.get(docsPath, (c) => {
    c.header('Content-Security-Policy', contentSecurityPolicy);
    return c.html(page);
  });
  app.get(`${docsPath}/init.js`, (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(initScript);
  });
  app.get(`${docsPath}/assets/:file`, async (c) => {
    const file = c.req.param('file');
    const type = assets.get(file);
    if (type === undefined) return c.notFound();
    c.header('Content-Type', type);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(await readFile(join(swaggerUiDir, file)));
  });
}
