import { createContext, useContext } from 'react';

// Whether a path has a page. The router provides it from the page registry (routes.tsx), so a
// component can ask without importing the registry, which imports every page (the workbench and
// its widgets among them) and would close an import cycle.
const RegisteredPages = createContext<(path: string) => boolean>(() => false);

export const RegisteredPagesProvider = RegisteredPages.Provider;

export function useIsRegistered(): (path: string) => boolean {
  return useContext(RegisteredPages);
}
