import { Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * A minimal menu built from Electron's roles, so its words come in the system's language and the
 * usual shortcuts (copy, paste, undo, zoom, quit) work. Daftar's own commands live in the window.
 */
export function installAppMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
