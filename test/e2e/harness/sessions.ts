import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2ESession } from './types';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export function launch(name: BrowserName, options: { locale?: string } = {}): Promise<E2ESession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
