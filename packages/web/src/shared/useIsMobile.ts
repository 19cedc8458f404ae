import { Grid } from 'antd';

/** Phone-sized screen (< 768 px): tables drop fixed columns, layouts stack. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === undefined ? window.innerWidth < 768 : !screens.md;
}
