/**
 * The modules whose words a module's pages show besides its own: the components they borrow
 * (delivery's task parts on the supervision board, the indicators' status and target texts on
 * the cockpit and the delivery pages, the supervision notices on delivery's unit pages).
 * A file of its own: the build reads it in Node to name the words a page's first load needs
 * (bin/route-pages.ts), where core/i18n cannot start.
 */
export const BORROWS: Record<string, string[]> = {
  delivery: ['indicators', 'supervision'],
  supervision: ['delivery'],
  cockpit: ['indicators'],
  corridor: ['indicators'],
};
