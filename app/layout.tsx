import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PermalinkCopy } from '@/components/PermalinkCopy';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';
import { absoluteUrl, SITE_URL } from '@/lib/site/deploy';
import { routes } from '@/lib/site/routes';
import './globals.css';
import './views.css';

export const metadata: Metadata = {
  // Relative metadata URLs resolve against the deployment: SITE_URL + base path.
  metadataBase: new URL(absoluteUrl(routes.home())),
  title: { default: `${SITE_NAME}: ${SITE_TAGLINE}`, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
  applicationName: SITE_NAME,
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <PermalinkCopy siteUrl={SITE_URL} />
      </body>
    </html>
  );
}
