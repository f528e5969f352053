/**
 * What the host serves when the renderer has not been built: a page that says what to run, in
 * place of a bare 404. Plain HTML with no script, so it passes the strict CSP.
 */
export function missingBuildPage(staticDir: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Daftar: the app is not built yet</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; }
  code { background: #f1f1f1; padding: 0.1rem 0.3rem; border-radius: 3px; }
</style>
</head>
<body>
<h1>Daftar is running, but its screens are not built yet</h1>
<p>Build them once with <code>npm run build:web</code>, then reload this page.</p>
<p>They are looked for in <code>${escapeHtml(staticDir)}</code>.</p>
</body>
</html>
`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
