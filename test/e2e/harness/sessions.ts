import { launchChromium } from './chromium';
import { tracked } from './failure-screenshots';
import { launchFirefox } from './firefox';
import type { BrowserName, E2ESession } from './types';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export async function launch(name: BrowserName, options: { locale?: string } = {}): Promise<E2ESession> {
  return tracked(await (name === 'chromium' ? launchChromium(options) : launchFirefox(options)));
}
