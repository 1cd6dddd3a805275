<?php
/**
 * The bundle the plugin carries (served by the site itself), loaded only where an exercise is shown.
 *
 * @package TendWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The locale scripts the plugin carries, by language (`es` => URL).
 *
 * @return array<string, string>
 */
function tend_widgets_locales(): array {
	$locales = array();
	foreach ( glob( TEND_WIDGETS_DIR . '/assets/locales/*.js' ) ?: array() as $file ) {
		$language = basename( $file, '.js' );
		if ( preg_match( '/^[a-z]{2,3}$/', $language ) ) {
			$locales[ $language ] = plugins_url( 'assets/locales/' . $language . '.js', TEND_WIDGETS_FILE );
		}
	}
	return $locales;
}

/** Registers the bundle, its stylesheet and locales, and the editor's script and style. */
function tend_widgets_register_assets(): void {
	wp_register_script( 'tend-widgets', plugins_url( 'assets/tend.min.js', TEND_WIDGETS_FILE ), array(), TEND_WIDGETS_VERSION, true );
	if ( file_exists( TEND_WIDGETS_DIR . '/assets/tend.css' ) ) {
		wp_register_style( 'tend-widgets', plugins_url( 'assets/tend.css', TEND_WIDGETS_FILE ), array(), TEND_WIDGETS_VERSION );
	}
	foreach ( tend_widgets_locales() as $language => $url ) {
		wp_register_script( 'tend-widgets-locale-' . $language, $url, array( 'tend-widgets' ), TEND_WIDGETS_VERSION, true );
	}

	wp_register_script(
		'tend-widgets-editor',
		plugins_url( 'block/editor.js', TEND_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n', 'tend-widgets' ),
		TEND_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'tend-widgets-editor', 'tend-widgets' );
	$editor_data = array(
		'exercises' => tend_widgets_exercises(),
		'bundle'    => plugins_url( 'assets/tend.min.js', TEND_WIDGETS_FILE ) . '?ver=' . TEND_WIDGETS_VERSION,
		'style'     => wp_style_is( 'tend-widgets', 'registered' ) ? plugins_url( 'assets/tend.css', TEND_WIDGETS_FILE ) . '?ver=' . TEND_WIDGETS_VERSION : '',
		'locales'   => array_map( fn( $url ) => $url . '?ver=' . TEND_WIDGETS_VERSION, tend_widgets_locales() ),
	);
	wp_add_inline_script( 'tend-widgets-editor', 'window.tendWidgetsEditor = ' . wp_json_encode( $editor_data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	wp_register_style( 'tend-widgets-editor', plugins_url( 'block/editor.css', TEND_WIDGETS_FILE ), array(), TEND_WIDGETS_VERSION );
}

/**
 * Enqueues the bundle, its stylesheet and the locale of the site (and of `$lang`, when given).
 * Called early for the queried posts and again by each rendered element, which covers exercises
 * in widgets, templates and reusable blocks (then the script is printed in the footer).
 *
 * @param string $lang A `lang` attribute of an element, e.g. `es-MX`, or ''.
 */
function tend_widgets_enqueue_bundle( string $lang = '' ): void {
	wp_enqueue_script( 'tend-widgets' );
	if ( wp_style_is( 'tend-widgets', 'registered' ) ) {
		wp_enqueue_style( 'tend-widgets' );
	}
	$languages = array( strtolower( substr( determine_locale(), 0, 2 ) ), strtolower( (string) strtok( $lang, '-_' ) ) );
	foreach ( array_unique( $languages ) as $language ) {
		if ( '' !== $language && wp_script_is( 'tend-widgets-locale-' . $language, 'registered' ) ) {
			wp_enqueue_script( 'tend-widgets-locale-' . $language );
		}
	}
}

/**
 * Whether a post shows an exercise through the block or the shortcode.
 *
 * @param WP_Post $post The post.
 */
function tend_widgets_post_uses_exercise( WP_Post $post ): bool {
	return has_block( 'tend-widgets/exercise', $post ) || has_shortcode( $post->post_content, 'tend' );
}

/** On `wp_enqueue_scripts`: the bundle and stylesheet go in early (the stylesheet in `<head>`) when a queried post shows an exercise. */
function tend_widgets_enqueue_for_queried_posts(): void {
	global $wp_query;
	$posts = $wp_query instanceof WP_Query ? $wp_query->posts : array();
	foreach ( (array) $posts as $post ) {
		if ( $post instanceof WP_Post && tend_widgets_post_uses_exercise( $post ) ) {
			tend_widgets_enqueue_bundle();
			return;
		}
	}
}

/** In the block editor: the bundle, so the block's preview is the real element and its settings are checked by it. */
function tend_widgets_enqueue_editor_assets(): void {
	tend_widgets_enqueue_bundle();
}

/**
 * The bundle and locales are ES modules: WordPress 6.1 has no script-module API, so their tags get `type="module"`.
 *
 * @param string $tag    The script tag(s) WordPress made for the handle.
 * @param string $handle The script's handle.
 */
function tend_widgets_module_script_tag( $tag, $handle ) {
	if ( 'tend-widgets' !== $handle && ! str_starts_with( (string) $handle, 'tend-widgets-locale-' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/<script\b([^>]*?)\s+type=([\'"])text\/javascript\2/', '<script$1', (string) $tag );
	return preg_replace( '/<script\b(?=[^>]*\ssrc=)/', '<script type="module"', (string) $tag );
}
