<?php
/**
 * Plugin Name:       Tend Widgets
 * Description:       Relationship-skills exercises (I-statements, the STOP skill, living agreements, reflection cards) as a block and a shortcode. The site serves the exercises itself: no third-party request, no tracking, nothing stored on the server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            tend-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       tend-widgets
 *
 * @package TendWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'TEND_WIDGETS_VERSION', '0.1.0' );
define( 'TEND_WIDGETS_FILE', __FILE__ );
define( 'TEND_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/exercises-data.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';

add_action( 'init', 'tend_widgets_register_assets', 5 );
add_action( 'init', 'tend_widgets_register_block' );
add_action( 'init', 'tend_widgets_register_shortcode' );
add_action( 'wp_enqueue_scripts', 'tend_widgets_enqueue_for_queried_posts' );
add_action( 'enqueue_block_editor_assets', 'tend_widgets_enqueue_editor_assets' );
add_filter( 'script_loader_tag', 'tend_widgets_module_script_tag', 10, 2 );
