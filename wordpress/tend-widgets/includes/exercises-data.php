<?php
/**
 * The exercises the plugin knows, from the data file the build generates from custom-elements.json.
 *
 * @package TendWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every exercise by id: tag, label, description, attributes (type, description, known values,
 * default) and whether it takes custom prompts or a custom template as children.
 *
 * @return array<string, array<string, mixed>>
 */
function tend_widgets_exercises(): array {
	static $exercises = null;
	if ( null === $exercises ) {
		$file      = TEND_WIDGETS_DIR . '/includes/exercises.php';
		$exercises = is_readable( $file ) ? (array) require $file : array();
	}
	return $exercises;
}

/**
 * One exercise by id, or null when there is no such exercise.
 *
 * @param mixed $id The exercise id, e.g. `i-statement`.
 * @return array<string, mixed>|null
 */
function tend_widgets_exercise( $id ): ?array {
	$exercises = tend_widgets_exercises();
	return is_string( $id ) && isset( $exercises[ $id ] ) ? $exercises[ $id ] : null;
}
