<?php
/**
 * Test set-up inside the real WordPress (Debian has no wp-cli): reads a JSON list of operations on
 * stdin, runs them with wp-load.php, prints "@@RESULT@@" and a JSON list of results.
 * Usage: php setup.php <site root> <host:port> < operations.json
 * Posts are saved as a given user through wp_insert_post(), so KSES filters what that user may
 * not post (wp_set_current_user() runs kses_init()), as in the editor's save.
 */

[ , $root, $host ] = $argv;
$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

/** Saves a post as `$op['as']`: blocks serialized as the editor does, then any raw content. */
function tend_test_post( array $op ): array {
	$user = get_user_by( 'login', $op['as'] );
	wp_set_current_user( $user->ID );
	$parts = array();
	foreach ( $op['blocks'] ?? array() as $block ) {
		$parts[] = serialize_block(
			array(
				'blockName'    => $block['name'],
				'attrs'        => $block['attrs'] ?? array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}
	if ( isset( $op['content'] ) ) {
		$parts[] = $op['content'];
	}
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $op['title'],
				'post_content' => implode( "\n\n", $parts ),
				'post_status'  => 'publish',
				'post_author'  => $user->ID,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		return array( 'error' => $id->get_error_message() );
	}
	$saved  = get_post( $id )->post_content;
	$blocks = array_values( array_filter( parse_blocks( $saved ), fn( $b ) => 'tend-widgets/exercise' === $b['blockName'] ) );
	return array(
		'id'         => $id,
		'url'        => get_permalink( $id ),
		'sent'       => implode( "\n\n", $parts ),
		'saved'      => $saved,
		'attrs'      => array_map( fn( $b ) => $b['attrs'], $blocks ),
		'unfiltered' => current_user_can( 'unfiltered_html' ),
	);
}

/** Everything on the server whose name mentions the plugin: options, user, post and term meta. */
function tend_test_leftovers(): array {
	global $wpdb;
	$found = array();
	foreach ( array( 'tend-widgets', 'tend_widgets' ) as $name ) {
		$like  = '%' . $wpdb->esc_like( $name ) . '%';
		$found = array_merge(
			$found,
			$wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE (option_name LIKE %s OR option_value LIKE %s) AND option_name <> 'recently_activated'", $like, $like ) ),
			$wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE %s", $like ) ),
			$wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $like ) ),
			$wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->termmeta} WHERE meta_key LIKE %s", $like ) )
		);
	}
	return array_values( array_unique( $found ) );
}

$results = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $op ) {
	switch ( $op['op'] ) {
		case 'user':
			$existing  = get_user_by( 'login', $op['login'] );
			$id        = $existing ? $existing->ID : wp_insert_user(
				array(
					'user_login' => $op['login'],
					'user_pass'  => $op['password'],
					'user_email' => $op['email'],
					'role'       => $op['role'],
				)
			);
			$results[] = array( 'id' => is_wp_error( $id ) ? null : $id, 'caps' => array( 'unfiltered_html' => user_can( $id, 'unfiltered_html' ), 'publish_posts' => user_can( $id, 'publish_posts' ) ) );
			break;
		case 'no-welcome-guide':
			// The editor's first-run guide shows an image from s.w.org: off, as for anyone who closed it once.
			global $wpdb;
			$user = get_user_by( 'login', $op['login'] );
			update_user_meta( $user->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
			$results[] = true;
			break;
		case 'no-avatars':
			// Core's avatars come from gravatar.com, which this offline machine cannot reach (in some editor
			// states they load, in others not): off, so a failed request in the editor test is ours.
			update_option( 'show_avatars', 0 );
			$results[] = true;
			break;
		case 'script-tags':
			// What the plugin's script_loader_tag filter makes of the tags WordPress prints, with and without html5 script support.
			$results[] = array(
				'classic'   => apply_filters( 'script_loader_tag', "<script type='text/javascript' src='http://x/tend.min.js?ver=1' id='tend-widgets-js'></script>\n", 'tend-widgets', 'http://x/tend.min.js?ver=1' ),
				'html5'     => apply_filters( 'script_loader_tag', "<script src='http://x/es.js?ver=1' id='tend-widgets-locale-es-js'></script>\n", 'tend-widgets-locale-es', 'http://x/es.js?ver=1' ),
				'unrelated' => apply_filters( 'script_loader_tag', "<script type='text/javascript' src='http://x/other.js' id='other-js'></script>\n", 'other', 'http://x/other.js' ),
			);
			break;
		case 'post':
			$results[] = tend_test_post( $op );
			break;
		case 'content':
			$results[] = array( 'saved' => get_post( $op['id'] )->post_content );
			break;
		case 'state':
			$results[] = array(
				'active'    => get_option( 'active_plugins' ),
				'installed' => file_exists( WP_PLUGIN_DIR . '/tend-widgets/tend-widgets.php' ),
				'leftovers' => tend_test_leftovers(),
			);
			break;
		case 'uninstall':
			wp_set_current_user( 1 );
			deactivate_plugins( 'tend-widgets/tend-widgets.php' );
			$deleted   = delete_plugins( array( 'tend-widgets/tend-widgets.php' ) );
			$results[] = array(
				'deleted'   => true === $deleted,
				'installed' => file_exists( WP_PLUGIN_DIR . '/tend-widgets' ),
				'leftovers' => tend_test_leftovers(),
			);
			break;
	}
}
echo "\n@@RESULT@@" . wp_json_encode( $results );
