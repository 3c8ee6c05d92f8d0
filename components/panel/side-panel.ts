import { useEffect, useState } from 'react';
import { followActiveTabDeal, type ActiveTabDeal } from '@/lib/ui/active-tab-deal';
import { SIDE_PANEL_PATH } from '@/lib/ui/placement';

/**
 * This page is the browser's side panel (Chrome) or sidebar (Firefox), not the
 * panel docked in a CRM page: no dock controls, and the deal is the active
 * tab's. Known by the page's own name (sidepanel.html is never web-accessible).
 */
export const IN_SIDE_PANEL = typeof location !== 'undefined' && location.pathname === SIDE_PANEL_PATH;

/** The deal of the active tab in the side panel's window, followed across tab switches and navigations. */
export function useSidePanelDeal(): ActiveTabDeal {
  const [state, setState] = useState<ActiveTabDeal>({ status: 'loading', tabId: null });
  useEffect(() => {
    const stop = new AbortController();
    followActiveTabDeal(setState, stop.signal);
    return () => stop.abort();
  }, []);
  return state;
}
