// Finds a Chromium for the browser tests: CHROMIUM_PATH (or CHROME_PATH) first, then the usual
// system locations. Prints the path, or nothing with exit code 1.
import fs from 'node:fs';

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/lib/chromium/chromium',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

if (process.argv[1] && process.argv[1].endsWith('find-chromium.mjs')) {
  const found = findChromium();
  if (found) console.log(found);
  else process.exit(1);
}
