/** The channel between this app's open tabs: what one tab tells the others. Messages carry no data. */
const CHANNEL = 'chi-tieu-versions';
export const MESSAGE = 'versions-changed';
export const PUBLICATION = 'publication-noted';

/**
 * This tab's one channel, for sending and hearing alike: a message is delivered to every other
 * BroadcastChannel of the name, including a second one in the same tab, but never to its sender.
 */
let channel: BroadcastChannel | null | undefined;
export const tabChannel = () => (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

/** Tells every other open tab of this app that the stored versions changed. */
export function announceVersionsChanged() {
  tabChannel()?.postMessage(MESSAGE);
}

/** Tells every other open tab that this one verified and showed a publication newer than the one the store knew. */
export function announcePublicationNoted() {
  tabChannel()?.postMessage(PUBLICATION);
}
