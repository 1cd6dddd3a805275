/**
 * The block's editor: a sidebar to choose the exercise, its heading and settings (controls made
 * from the manifest data the plugin passes in `window.tendWidgetsEditor`), checked as the element
 * checks them, and the real element as the preview. Plain JavaScript on WordPress's own globals.
 */
( function ( wp, config ) {
	'use strict';

	const { registerBlockType } = wp.blocks;
	const { createElement: el, useState, useRef, useEffect } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, TextareaControl, ToggleControl, Notice } = wp.components;
	const { __, sprintf } = wp.i18n;
	const exercises = config.exercises || {};

	/** The element's own verdict on a value: null when valid, else what it accepts. */
	function checkAttribute( tag, name, value ) {
		const element = window.customElements.get( tag );
		if ( ! element || typeof element.checkAttribute !== 'function' ) {
			return null;
		}
		try {
			const message = element.checkAttribute( name, value );
			return typeof message === 'string' && message ? message : null;
		} catch {
			return null;
		}
	}

	/** A plain-language label for an attribute name: `no-hints` → "No hints". */
	function labelOf( name ) {
		const text = name.replace( /-/g, ' ' );
		return text.charAt( 0 ).toUpperCase() + text.slice( 1 );
	}

	/** The description without the manifest's code marks. */
	function helpOf( spec ) {
		return ( spec.description || '' ).replace( /`/g, '' );
	}

	/** Custom-template JSON: the parsed object, or the problem in words. */
	function parseTemplate( text ) {
		let value;
		try {
			value = JSON.parse( text );
		} catch {
			return { problem: __( 'This is not valid JSON.', 'tend-widgets' ) };
		}
		const sections = value && ! Array.isArray( value ) && typeof value === 'object' ? value.sections : null;
		const valid =
			Array.isArray( sections ) &&
			sections.length > 0 &&
			sections.every( ( section ) => section && typeof section.title === 'string' && section.title.trim() );
		return valid
			? { value }
			: { problem: __( 'A custom template is an object with sections, each with a title: {"sections": [{"title": "Evenings"}]}.', 'tend-widgets' ) };
	}

	/** Reworded-strings JSON: the parsed object of texts by key, or the problem in words. */
	function parseStrings( text ) {
		let value;
		try {
			value = JSON.parse( text );
		} catch {
			return { problem: __( 'This is not valid JSON.', 'tend-widgets' ) };
		}
		const valid =
			value && typeof value === 'object' && ! Array.isArray( value ) && Object.values( value ).every( ( item ) => typeof item === 'string' );
		return valid ? { value } : { problem: __( 'Reworded strings are an object of texts by key: {"done": "Finished"}.', 'tend-widgets' ) };
	}

	/**
	 * A text field that keeps what is typed, shows the element's message when the value is not
	 * valid, and hands on only valid values (undefined for empty or invalid).
	 */
	function CheckedText( props ) {
		const [ draft, setDraft ] = useState( props.initial || '' );
		const [ error, setError ] = useState( null );
		const Control = props.multiline ? TextareaControl : TextControl;
		return el( Control, {
			label: props.label,
			value: draft,
			help: error || props.help,
			className: error ? 'tend-widgets-invalid' : undefined,
			'aria-invalid': error ? 'true' : undefined,
			onChange( next ) {
				setDraft( next );
				const result = props.check( next );
				setError( result.problem || null );
				props.onChange( result.problem ? undefined : result.value );
			},
		} );
	}

	/** Settings asked for up front, in the "A way out" panel, rather than among the others. */
	const UP_FRONT = [ 'exit-url' ];

	/** The sidebar controls for one exercise's settings: toggles, selects of known values, checked text fields. */
	function SettingsFields( props ) {
		const { exercise, settings, setSetting } = props;
		return Object.keys( exercise.attributes ).filter( ( name ) => UP_FRONT.indexOf( name ) === -1 ).map( ( name ) => {
			const spec = exercise.attributes[ name ];
			const label = labelOf( name );
			if ( spec.type === 'boolean' ) {
				return el( ToggleControl, {
					key: name,
					label,
					help: helpOf( spec ),
					checked: settings[ name ] === true,
					onChange: ( on ) => setSetting( name, on ? true : undefined ),
				} );
			}
			if ( spec.values && spec.values.length ) {
				const current = typeof settings[ name ] === 'string' ? settings[ name ] : '';
				const values = spec.values.indexOf( current ) === -1 && current ? spec.values.concat( current ) : spec.values;
				return el( SelectControl, {
					key: name,
					label,
					help: helpOf( spec ),
					value: current,
					options: [
						{
							value: '',
							label: spec.default
								? /* translators: %s: the value the exercise uses when none is chosen. */ sprintf( __( 'Default (%s)', 'tend-widgets' ), spec.default )
								: __( 'Default', 'tend-widgets' ),
						},
					].concat( values.map( ( value ) => ( { value, label: value } ) ) ),
					onChange: ( value ) => setSetting( name, value || undefined ),
				} );
			}
			return el( CheckedText, {
				key: name,
				label,
				help: helpOf( spec ),
				initial: typeof settings[ name ] === 'string' ? settings[ name ] : '',
				check( text ) {
					const value = text.trim();
					return value ? { value, problem: checkAttribute( exercise.tag, name, value ) } : { value: undefined };
				},
				onChange: ( value ) => setSetting( name, value ),
			} );
		} );
	}

	/** Loads the bundle (and stylesheet, locales) into the editor canvas when it is an iframe, once. */
	function useBundleIn( ref ) {
		useEffect( () => {
			const doc = ref.current && ref.current.ownerDocument;
			if ( ! doc || doc === document || doc.querySelector( 'script[data-tend-widgets]' ) ) {
				return;
			}
			const add = ( tag, attributes ) => {
				const node = doc.createElement( tag );
				Object.keys( attributes ).forEach( ( name ) => node.setAttribute( name, attributes[ name ] ) );
				doc.head.appendChild( node );
			};
			if ( config.style ) {
				add( 'link', { rel: 'stylesheet', href: config.style } );
			}
			add( 'script', { type: 'module', src: config.bundle, 'data-tend-widgets': '' } );
			Object.keys( config.locales || {} ).forEach( ( language ) => add( 'script', { type: 'module', src: config.locales[ language ] } ) );
		} );
	}

	/** The real element with the block's attributes and children, as readers will see it. */
	function Preview( props ) {
		const { exercise, attributes } = props;
		const ref = useRef( null );
		useBundleIn( ref );
		const elementProps = {};
		const settings = attributes.settings || {};
		Object.keys( exercise.attributes ).forEach( ( name ) => {
			const value = settings[ name ];
			if ( value === true ) {
				elementProps[ name ] = '';
			} else if ( typeof value === 'string' && value ) {
				elementProps[ name ] = value;
			}
		} );
		if ( attributes.heading ) {
			elementProps.heading = attributes.heading;
		}
		const children = [];
		const prompts = exercise.prompts ? ( attributes.prompts || [] ).filter( Boolean ) : [];
		if ( prompts.length ) {
			children.push( el( 'ol', { key: 'prompts' }, prompts.map( ( prompt, index ) => el( 'li', { key: index }, prompt ) ) ) );
		}
		if ( exercise.template && attributes.customTemplate ) {
			children.push( el( 'script', { key: 'template', type: 'application/json' }, JSON.stringify( attributes.customTemplate ) ) );
		}
		if ( attributes.support && attributes.support.trim() ) {
			children.push( el( 'p', { key: 'support', slot: 'support' }, attributes.support.trim() ) );
		}
		if ( attributes.strings && Object.keys( attributes.strings ).length ) {
			children.push( el( 'script', { key: 'strings', type: 'application/json', 'data-tend-strings': '' }, JSON.stringify( attributes.strings ) ) );
		}
		// A new element for every change: each one reads its attributes and children as a page's would.
		elementProps.key = JSON.stringify( [ exercise.tag, elementProps, prompts, attributes.customTemplate, attributes.strings, attributes.support ] );
		return el( 'div', { ref, className: 'tend-widgets-preview' }, el( exercise.tag, elementProps, children ) );
	}

	function Edit( props ) {
		const { attributes, setAttributes } = props;
		const blockProps = useBlockProps();
		const exercise = exercises[ attributes.exercise ];
		const settings = attributes.settings || {};

		const setSetting = ( name, value ) => {
			const next = Object.assign( {}, settings );
			if ( value === undefined ) {
				delete next[ name ];
			} else {
				next[ name ] = value;
			}
			// Kept even when empty: an absent `settings` would bring back the block's default (a leave address).
			setAttributes( { settings: next } );
		};
		const chooseExercise = ( id ) => {
			const chosen = exercises[ id ];
			const kept = {};
			Object.keys( settings ).forEach( ( name ) => {
				if ( chosen && chosen.attributes[ name ] ) {
					kept[ name ] = settings[ name ];
				}
			} );
			setAttributes( { exercise: id, settings: kept } );
		};

		const sidebar = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Exercise', 'tend-widgets' ), initialOpen: true },
				el( SelectControl, {
					label: __( 'Exercise', 'tend-widgets' ),
					value: attributes.exercise,
					options: Object.keys( exercises ).map( ( id ) => ( { value: id, label: exercises[ id ].label } ) ),
					help: exercise ? exercise.description : undefined,
					onChange: chooseExercise,
				} ),
				exercise &&
					el( CheckedText, {
						key: 'heading-' + attributes.exercise,
						label: __( 'Heading', 'tend-widgets' ),
						help: __( 'The visible title; empty for the exercise’s own.', 'tend-widgets' ),
						initial: attributes.heading || '',
						check( text ) {
							const value = text.trim();
							return { value, problem: value ? checkAttribute( exercise.tag, 'heading', value ) : null };
						},
						onChange: ( value ) => setAttributes( { heading: value === undefined ? attributes.heading : value } ),
					} )
			),
			exercise &&
				el(
					PanelBody,
					{ title: __( 'A way out, for a hard moment', 'tend-widgets' ), initialOpen: true, key: 'way-out-' + attributes.exercise },
					el(
						'p',
						{ className: 'tend-widgets-why' },
						__(
							'If a reader writes words of danger (violence, threats, self-harm), the exercise stops coaching and shows a calm support note. These two settings decide what that note offers.',
							'tend-widgets'
						)
					),
					el( CheckedText, {
						key: 'exit-url-' + attributes.exercise,
						label: __( 'Leave-this-page address', 'tend-widgets' ),
						help: __(
							'A “Leave this page” button replaces the exercise at once with this address, for someone who must hide what they are doing. Choose an everyday site. Empty: no button.',
							'tend-widgets'
						),
						initial: typeof settings[ 'exit-url' ] === 'string' ? settings[ 'exit-url' ] : '',
						check( text ) {
							const value = text.trim();
							// Empty is kept as '' (no button), so the block's default address does not come back.
							return value ? { value, problem: checkAttribute( exercise.tag, 'exit-url', value ) } : { value: '' };
						},
						onChange: ( value ) => value !== undefined && setSetting( 'exit-url', value ),
					} ),
					el( TextareaControl, {
						label: __( 'Your support line', 'tend-widgets' ),
						help: __(
							'Shown in the support note in place of the general line: your practice’s number and hours, a local helpline. Empty: the general line, which points to emergency services and crisis lines.',
							'tend-widgets'
						),
						value: attributes.support || '',
						onChange: ( value ) => setAttributes( { support: value } ),
					} )
				),
			exercise &&
				el(
					PanelBody,
					{ title: __( 'Settings', 'tend-widgets' ), initialOpen: true, key: 'settings-' + attributes.exercise },
					el( SettingsFields, { exercise, settings, setSetting } )
				),
			exercise &&
				( exercise.prompts || exercise.template ) &&
				el(
					PanelBody,
					{ title: __( 'Your own content', 'tend-widgets' ), initialOpen: false, key: 'content-' + attributes.exercise },
					exercise.prompts &&
						el( CheckedText, {
							multiline: true,
							label: __( 'Custom prompts (one per line)', 'tend-widgets' ),
							help: __( 'They replace the deck.', 'tend-widgets' ),
							initial: ( attributes.prompts || [] ).join( '\n' ),
							check: ( text ) => ( { value: text.split( '\n' ).map( ( line ) => line.trim() ).filter( Boolean ) } ),
							onChange: ( value ) => setAttributes( { prompts: value || [] } ),
						} ),
					exercise.template &&
						el( CheckedText, {
							multiline: true,
							label: __( 'Custom template (JSON)', 'tend-widgets' ),
							help: __( 'Replaces the built-in template: {"sections": [{"title": "…", "prompt": "…", "examples": ["…"]}]}.', 'tend-widgets' ),
							initial: attributes.customTemplate ? JSON.stringify( attributes.customTemplate, null, 2 ) : '',
							check: ( text ) => ( text.trim() ? parseTemplate( text ) : { value: undefined } ),
							onChange: ( value ) => setAttributes( { customTemplate: value } ),
						} )
				),
			exercise &&
				el(
					PanelBody,
					{ title: __( 'Reworded strings', 'tend-widgets' ), initialOpen: false, key: 'strings-' + attributes.exercise },
					el( CheckedText, {
						multiline: true,
						label: __( 'Reworded strings (JSON)', 'tend-widgets' ),
						help: __( 'Your own wording for any text of the exercise, by key (see the README’s “Your own words”).', 'tend-widgets' ),
						initial: attributes.strings && Object.keys( attributes.strings ).length ? JSON.stringify( attributes.strings, null, 2 ) : '',
						check: ( text ) => ( text.trim() ? parseStrings( text ) : { value: undefined } ),
						onChange: ( value ) => setAttributes( { strings: value && Object.keys( value ).length ? value : undefined } ),
					} )
				)
		);

		const body = exercise
			? el( Preview, { exercise, attributes } )
			: el(
					Notice,
					{ status: 'warning', isDismissible: false },
					/* translators: %s: an exercise id. */ sprintf( __( 'There is no exercise “%s”. Choose one in the sidebar.', 'tend-widgets' ), attributes.exercise || '' )
			  );
		return el( 'div', blockProps, sidebar, body );
	}

	/** `[tend exercise="…" …]` pasted into the block editor becomes the block. */
	const fromShortcode = {
		type: 'shortcode',
		tag: 'tend',
		attributes: {
			exercise: { type: 'string', shortcode: ( { named } ) => named.exercise || 'i-statement' },
			heading: { type: 'string', shortcode: ( { named } ) => named.heading || '' },
			support: { type: 'string', shortcode: ( { named } ) => named.support || '' },
			settings: {
				type: 'object',
				shortcode( { named, numeric } ) {
					const exercise = exercises[ named.exercise ];
					const settings = {};
					if ( ! exercise ) {
						return settings;
					}
					Object.keys( exercise.attributes ).forEach( ( name ) => {
						const spec = exercise.attributes[ name ];
						if ( spec.type === 'boolean' ) {
							if ( ( numeric || [] ).indexOf( name ) !== -1 || /^(true|1|yes|on)$/i.test( named[ name ] || '' ) ) {
								settings[ name ] = true;
							}
						} else if ( typeof named[ name ] === 'string' && named[ name ].trim() ) {
							settings[ name ] = named[ name ].trim();
						}
					} );
					return settings;
				},
			},
		},
	};

	registerBlockType( 'tend-widgets/exercise', {
		edit: Edit,
		save: () => null,
		transforms: { from: [ fromShortcode ] },
	} );
} )( window.wp, window.tendWidgetsEditor || {} );
