<?php
/**
 * The dynamic block `tend-widgets/exercise`, rendered on the server as the element.
 *
 * @package TendWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block from block.json, with the server-side render. */
function tend_widgets_register_block(): void {
	register_block_type( TEND_WIDGETS_DIR . '/block', array( 'render_callback' => 'tend_widgets_render_block' ) );
}

/**
 * The block's markup: the element with the block's heading, settings and children.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 */
function tend_widgets_render_block( $attributes ): string {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$values     = is_array( $attributes['settings'] ?? null ) ? $attributes['settings'] : array();
	unset( $values['heading'] );
	if ( isset( $attributes['heading'] ) ) {
		$values['heading'] = $attributes['heading'];
	}
	$children = array(
		'prompts'  => $attributes['prompts'] ?? array(),
		'template' => $attributes['customTemplate'] ?? null,
		'strings'  => $attributes['strings'] ?? array(),
		'support'  => $attributes['support'] ?? '',
	);
	return tend_widgets_render_element( $attributes['exercise'] ?? '', $values, $children, get_block_wrapper_attributes() );
}
