import { enhancedLinks, hydratedEvent } from "@/lib/enhanced-controls";
import { themeToggleAttribute } from "@/lib/theme-script";

// The theme toggle works before hydration (lib/theme-script.ts): its taps are not held.
const heldClicks = [`button:not([${themeToggleAttribute}])`, ...Object.values(enhancedLinks)].join(
  ", ",
);
const releaseAfterMs = 3000;

/**
 * Runs first in <body>, before the page's scripts have hydrated it: on a phone, the page is
 * painted and can be tapped a second or more before Next.js's scripts have arrived and run. A
 * click on a button, or on a link the scripts take over (lib/enhanced-controls.ts), is held
 * until the page has hydrated (components/site/hydration-signal.tsx says so), then replayed: the
 * reader's tap copies the link or opens the figure, instead of doing nothing
 * or leaving for the page the link points to. If the page has not hydrated within
 * `releaseAfterMs` of the first held click (a script failed to load), the held clicks are
 * replayed at once and no more are held: links then do what they do without JavaScript. Clicks
 * with a modifier key or another button than the main one are never held.
 *
 * It is a static string, the same bytes on every page, so the Content-Security-Policy allows it
 * by its hash (lib/hosting/csp-hashes.ts).
 */
export const earlyTapsScript =
  `{const held=[];let holding=true;` +
  `const release=()=>{if(!holding)return;holding=false;removeEventListener("click",hold,true);for(const t of held.splice(0))t.click()};` +
  `function hold(e){const t=e.target instanceof Element&&e.target.closest(${JSON.stringify(heldClicks)});` +
  `if(!t||e.button||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;` +
  `e.preventDefault();e.stopImmediatePropagation();if(held.push(t)===1)setTimeout(release,${releaseAfterMs})}` +
  `addEventListener("click",hold,true);document.addEventListener(${JSON.stringify(hydratedEvent)},release,{once:true})}`;
