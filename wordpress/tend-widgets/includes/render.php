<?php
/**
 * The element's markup, shared by the block and the shortcode: only the attributes the exercise
 * has (from custom-elements.json), every value and child escaped.
 *
 * @package TendWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether a setting's value turns a boolean attribute on (`true`, `1`, `yes`, `on`, or a bare word in a shortcode).
 *
 * @param mixed $value The value from block settings or a shortcode.
 */
function tend_widgets_is_on( $value ): bool {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		return 0 != $value; // phpcs:ignore Universal.Operators.StrictComparisons
	}
	return is_string( $value ) && in_array( strtolower( trim( $value ) ), array( 'true', '1', 'yes', 'on' ), true );
}

/**
 * Square brackets as character references, so that no text of ours is read as a shortcode by
 * do_shortcode(), which runs on the whole post after the blocks are rendered.
 *
 * @param string $escaped Text already escaped for HTML.
 */
function tend_widgets_no_shortcodes( string $escaped ): string {
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $escaped );
}

/**
 * JSON for a `<script type="application/json">` child: `<`, `>`, `&` and quotes as \u escapes, so
 * `</script>` or `<!--` in a value can never end the script element; brackets inside strings too,
 * so that no value is read as a shortcode (a bracket outside strings is followed only by JSON
 * punctuation, a number, true, false or null).
 *
 * @param mixed $data Data to encode.
 */
function tend_widgets_script_json( $data ): string {
	$json = (string) wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	return (string) preg_replace_callback(
		'/"(?:[^"\\\\]|\\\\.)*"/',
		fn( $string ) => str_replace( array( '[', ']' ), array( '\u005B', '\u005D' ), $string[0] ),
		$json
	);
}

/**
 * The element's attributes from the given values: only the names the exercise has, booleans as
 * bare attributes, empty and non-scalar values left out.
 *
 * @param array<string, mixed> $exercise The exercise's data.
 * @param array<string, mixed> $values   Attribute values by name (a block's settings, a shortcode's attributes).
 * @return array<string, string|true>
 */
function tend_widgets_element_attributes( array $exercise, array $values ): array {
	$allowed            = $exercise['attributes'];
	$allowed['heading'] = array( 'type' => 'string' );
	$attributes         = array();
	foreach ( $allowed as $name => $spec ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = $values[ $name ];
		if ( 'boolean' === $spec['type'] ) {
			if ( tend_widgets_is_on( $value ) ) {
				$attributes[ $name ] = true;
			}
			continue;
		}
		if ( is_bool( $value ) || ! is_scalar( $value ) ) {
			continue;
		}
		$text = trim( (string) $value );
		if ( '' !== $text ) {
			$attributes[ $name ] = $text;
		}
	}
	return $attributes;
}

/**
 * Custom prompts as plain strings: trimmed, without markup, empty ones left out.
 *
 * @param mixed $prompts A list of prompts.
 * @return string[]
 */
function tend_widgets_clean_prompts( $prompts ): array {
	if ( ! is_array( $prompts ) ) {
		return array();
	}
	$clean = array();
	foreach ( $prompts as $prompt ) {
		if ( is_scalar( $prompt ) && ! is_bool( $prompt ) ) {
			$text = trim( wp_strip_all_tags( (string) $prompt ) );
			if ( '' !== $text ) {
				$clean[] = $text;
			}
		}
	}
	return $clean;
}

/**
 * Reworded strings as a map of key to text; anything else left out.
 *
 * @param mixed $strings Strings by key.
 * @return array<string, string>
 */
function tend_widgets_clean_strings( $strings ): array {
	if ( ! is_array( $strings ) ) {
		return array();
	}
	$clean = array();
	foreach ( $strings as $key => $text ) {
		if ( is_string( $key ) && is_string( $text ) && '' !== $key ) {
			$clean[ $key ] = $text;
		}
	}
	return $clean;
}

/**
 * The element for one exercise, or '' when there is no such exercise.
 *
 * @param mixed                $exercise_id The exercise id, e.g. `i-statement`.
 * @param array<string, mixed> $values      Attribute values by name; unknown names are ignored.
 * @param array<string, mixed> $children    Optional `prompts` (string[]), `template` (array), `strings` (array) and `support` (the site's support line).
 * @param string               $wrapper     Attributes WordPress made and escaped itself (the block's class), or ''.
 */
function tend_widgets_render_element( $exercise_id, array $values, array $children = array(), string $wrapper = '' ): string {
	$exercise = tend_widgets_exercise( $exercise_id );
	if ( null === $exercise || ! preg_match( '/^tend-[a-z0-9-]+$/', $exercise['tag'] ) ) {
		return '';
	}
	$attributes = tend_widgets_element_attributes( $exercise, $values );

	$markup = '<' . $exercise['tag'];
	if ( '' !== $wrapper ) {
		$markup .= ' ' . $wrapper;
	}
	foreach ( $attributes as $name => $value ) {
		$markup .= true === $value ? ' ' . $name : ' ' . $name . '="' . tend_widgets_no_shortcodes( esc_attr( $value ) ) . '"';
	}
	$markup .= '>';

	$prompts = $exercise['prompts'] ? tend_widgets_clean_prompts( $children['prompts'] ?? array() ) : array();
	if ( $prompts ) {
		$markup .= '<ol>';
		foreach ( $prompts as $prompt ) {
			$markup .= '<li>' . tend_widgets_no_shortcodes( esc_html( $prompt ) ) . '</li>';
		}
		$markup .= '</ol>';
	}
	$support = is_scalar( $children['support'] ?? null ) ? trim( (string) preg_replace( '/\s+/', ' ', wp_strip_all_tags( (string) $children['support'] ) ) ) : '';
	if ( '' !== $support ) {
		$markup .= '<p slot="support">' . tend_widgets_no_shortcodes( esc_html( $support ) ) . '</p>';
	}
	$template = $children['template'] ?? null;
	if ( $exercise['template'] && is_array( $template ) && $template ) {
		$markup .= '<script type="application/json">' . tend_widgets_script_json( $template ) . '</script>';
	}
	$strings = tend_widgets_clean_strings( $children['strings'] ?? array() );
	if ( $strings ) {
		$markup .= '<script type="application/json" data-tend-strings>' . tend_widgets_script_json( $strings ) . '</script>';
	}
	$markup .= '</' . $exercise['tag'] . '>';

	tend_widgets_enqueue_bundle( isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) ? $attributes['lang'] : '' );
	return $markup;
}
