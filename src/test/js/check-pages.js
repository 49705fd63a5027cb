// Opens each HTML file in headless Chromium at each width and prints, as one JSON line per page and
// width, axe-core's violations and whether the page scrolls sideways. ReportInBrowserTest judges them.
// Usage: node check-pages.js CHROMIUM WIDTHS FILE.html...   (WIDTHS like 1280,320)
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');
const axeSource = require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function main() {
    const [chromium, widths, ...files] = process.argv.slice(2);
    const browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
    });
    try {
        for (const file of files) {
            for (const width of widths.split(',').map(Number)) {
                const page = await browser.newPage();
                await page.setViewport({ width, height: 900 });
                await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
                await page.evaluate(axeSource);
                const result = await page.evaluate(async () => {
                    const axeResult = await axe.run(document, { resultTypes: ['violations'] });
                    return {
                        violations: axeResult.violations.map(v => ({
                            id: v.id,
                            help: v.help,
                            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
                        })),
                        scrollWidth: document.scrollingElement.scrollWidth,
                        innerWidth: window.innerWidth,
                    };
                });
                console.log(JSON.stringify({ file: path.basename(file), width, ...result }));
                await page.close();
            }
        }
    } finally {
        await browser.close();
    }
}

main().catch(error => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(2);
});
