<?php
/**
 * Uninstall: Tend Widgets stores nothing on the server (no options, tables, transients, user meta
 * or files outside its own folder), so deleting its folder, which WordPress does, leaves nothing
 * behind. Drafts a visitor chose to keep (`persist`) live in that visitor's own browser only.
 *
 * Posts keep their block comments and shortcodes as text; without the plugin they show nothing.
 *
 * @package TendWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
