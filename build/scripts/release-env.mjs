// What `npm run dist` can sign and notarise with, read from environment variables only
// (never from files in the repository). Each missing part is skipped with one clear line.

/** @param {Record<string, string | undefined>} env @param {NodeJS.Platform} platform */
export function releasePlan(env, platform) {
  const has = (name) => !!env[name] && env[name].trim() !== '';
  const lines = [];
  /** electron-builder command-line overrides for what is absent. */
  const args = [];
  const extraEnv = {};

  const updateUrl = has('FAIRFLOOR_UPDATE_URL') ? env.FAIRFLOOR_UPDATE_URL : '';
  lines.push(
    updateUrl
      ? `Updates: the app will look for updates at ${updateUrl} (generic provider).`
      : 'Updates: skipped — FAIRFLOOR_UPDATE_URL is not set, so this build never looks for updates.',
  );
  if (updateUrl) args.push('-c.publish.provider=generic', `-c.publish.url=${updateUrl}`);

  if (platform === 'win32') {
    const cert = has('WIN_CSC_LINK') || has('CSC_LINK');
    lines.push(
      cert
        ? 'Signing (Windows): with the certificate in WIN_CSC_LINK/CSC_LINK.'
        : 'Signing (Windows): skipped — set WIN_CSC_LINK (or CSC_LINK) and WIN_CSC_KEY_PASSWORD to sign; the installer will be unsigned.',
    );
    if (!cert) extraEnv.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
  } else if (platform === 'darwin') {
    const cert = has('CSC_LINK') || has('CSC_NAME');
    lines.push(
      cert
        ? 'Signing (macOS): with the Developer ID certificate in CSC_LINK/CSC_NAME.'
        : 'Signing (macOS): skipped — set CSC_LINK and CSC_KEY_PASSWORD (or CSC_NAME) to sign; the app will be ad-hoc signed only.',
    );
    if (!cert) {
      extraEnv.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      args.push('-c.mac.identity=null');
    }
    const apiKey = has('APPLE_API_KEY') && has('APPLE_API_KEY_ID') && has('APPLE_API_ISSUER');
    const appleId = has('APPLE_ID') && has('APPLE_APP_SPECIFIC_PASSWORD') && has('APPLE_TEAM_ID');
    const notarise = cert && (apiKey || appleId);
    lines.push(
      notarise
        ? `Notarisation (macOS): with ${apiKey ? 'the App Store Connect API key (APPLE_API_KEY…)' : 'the Apple ID (APPLE_ID…)'}.`
        : 'Notarisation (macOS): skipped — needs signing plus APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER (or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).',
    );
    args.push(`-c.mac.notarize=${notarise ? 'true' : 'false'}`);
  } else {
    lines.push('Signing (Linux): not used — AppImage and deb are not code-signed.');
  }
  return { lines, args, env: extraEnv };
}
