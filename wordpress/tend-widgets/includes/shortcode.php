<?php
/**
 * The shortcode `[tend exercise="…" heading="…" …]` for classic editors and page builders. Its
 * other attributes become the element's; a bare word turns a boolean on (`[tend exercise="stop-timer" autostart]`).
 * Where the exercise takes custom prompts, each line of enclosed content is one:
 * `[tend exercise="reflection-card"]First prompt<br>Second prompt[/tend]`. `support="…"` is the site's own
 * support line, shown in the exercise's support note (a `slot="support"` child).
 *
 * @package TendWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the shortcode. */
function tend_widgets_register_shortcode(): void {
	add_shortcode( 'tend', 'tend_widgets_shortcode' );
}

/**
 * The shortcode's markup.
 *
 * @param array<int|string, string>|string $atts    The shortcode's attributes ('' when there are none).
 * @param string|null                      $content Enclosed content, if any.
 */
function tend_widgets_shortcode( $atts, $content = null ): string {
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$values[ strtolower( (string) $value ) ] = true;
		} else {
			$values[ strtolower( (string) $key ) ] = $value;
		}
	}
	$exercise_id = is_string( $values['exercise'] ?? null ) ? strtolower( trim( $values['exercise'] ) ) : '';
	$support     = is_string( $values['support'] ?? null ) ? $values['support'] : '';
	unset( $values['exercise'], $values['support'] );

	$prompts = array();
	if ( is_string( $content ) && '' !== trim( $content ) ) {
		$prompts = preg_split( '/\R|<br\s*\/?>|<\/p>/i', $content );
	}
	return tend_widgets_render_element( $exercise_id, $values, array( 'prompts' => $prompts, 'support' => $support ) );
}
