import { createContext, useContext } from 'react';

/** Opens the phone's menu drawer (the full side menu) from inside a page. */
export const MenuDrawerContext = createContext<() => void>(() => undefined);

export function useMenuDrawer(): () => void {
  return useContext(MenuDrawerContext);
}
