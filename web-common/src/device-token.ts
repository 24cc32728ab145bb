const KEY = 'reception.deviceToken';

/**
 * A kiosk or display is paired by opening it once with `?device=TOKEN`. The token is
 * kept in local storage and removed from the address bar, so it is never on screen.
 */
export function pairedDeviceToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('device');
  if (fromUrl) {
    window.localStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('device');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return window.localStorage.getItem(KEY);
}
