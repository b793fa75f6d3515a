import type { BrowserContext, Page } from '@playwright/test';

/** A Content-Security-Policy violation as the page (or a worker's console) reported it. */
export interface CspReport {
  where: 'page' | 'console';
  text: string;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every request of a browser context (page, workers, service worker) and every CSP
 * violation, so a test can assert the app only ever talks to its own origin.
 */
export class PrivacyProbe {
  readonly requests: string[] = [];
  readonly consoleViolations: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly origin: string,
  ) {
    context.on('request', (r) => this.requests.push(r.url()));
  }

  /** Installs the listeners on a page before it loads anything. */
  async attach(page: Page): Promise<void> {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|create|compile)/i.test(m.text()))
        this.consoleViolations.push(m.text());
    });
  }

  /** Requests to anything but the app's origin (blob:/data: URLs are the page's own memory). */
  foreignRequests(): string[] {
    return this.requests.filter((u) => {
      if (u.startsWith('blob:') || u.startsWith('data:')) return false;
      return new URL(u).origin !== this.origin;
    });
  }

  async pageViolations(page: Page): Promise<string[]> {
    return page.evaluate(() => window.__cspViolations ?? []);
  }

  /** The CSP the page is running under (meta tag of the built index.html). */
  async policy(page: Page): Promise<string | null> {
    return page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    );
  }
}
